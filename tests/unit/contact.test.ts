import {describe, expect, test} from 'vitest';
import {mailtoHref, telHref, websiteHref} from '@/lib/site/contact';

describe('contact links', () => {
  test('a displayed phone number becomes a dialable tel: URI', () => {
    expect(telHref('+46 73 704 39 63')).toBe('tel:+46737043963');
  });

  test('e-mail and website links point where their text says', () => {
    expect(mailtoHref('amirhashimi@karabakh.se')).toBe('mailto:amirhashimi@karabakh.se');
    expect(websiteHref('www.karabakh.se')).toBe('http://www.karabakh.se');
  });
});
