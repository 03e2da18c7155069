import {describe, expect, test} from 'vitest';
import {association} from '@/lib/site/association';
import {telHref} from '@/lib/site/contact';
import {locales, translatorFor} from '../support/messages';

// The structured details (JSON-LD) and the contact block readers see must agree.
describe.each(locales)('%s contact block and structured data', (locale) => {
  const t = translatorFor(locale);

  test('the postal address matches', () => {
    const {address} = association;
    expect(t('Contact.careOf')).toBe(`c/o ${address.careOf}`);
    expect(t('Contact.street')).toBe(`${address.streetAddress}, ${address.postalCode} ${address.addressLocality}`);
    expect(t('Contact.region').startsWith(address.addressRegion)).toBe(true);
  });

  test('phone, e-mail, website and founding year match', () => {
    expect(telHref(t('Contact.phone'))).toBe(`tel:${association.telephone}`);
    expect(t('Contact.email')).toBe(association.email);
    expect(association.url).toBe(`http://${t('Contact.website')}`);
    expect(t('Letterhead.name')).toBe(association.name);
    expect(t('Letterhead.properName')).toBe(association.legalName);
  });
});
