import {describe, expect, test} from 'vitest';
import {translatorFor} from '../support/messages';
import {named, regionNamed, textOf} from './support/html';
import {locales, newestFirst, site, statementAddress} from '../support/builds';

// The real build's front pages lead with the newest statement in their
// language. The lists that need several statements (earlier ones, the
// statements of other languages): tests/built/collection/front-pages.test.ts.

describe.each(locales)('/%s', (locale) => {
  const $ = site.documentAt(`/${locale}`);
  const t = translatorFor(locale);

  test('is the site’s page in its language', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect($('title').text()).toBe(t('Metadata.title'));
    expect(textOf($('h1'))).toBe(t('FrontPage.title'));
  });
});

// In each language the site has a statement in (a statement may exist in one language only, for now).
const leads = locales.flatMap((locale) => {
  const [newest] = newestFirst(site.statements).filter((statement) => statement.locales.includes(locale));
  return newest ? [{locale, newest}] : [];
});

describe.each(leads)('/$locale', ({locale, newest}) => {
  test('leads with the newest statement: title, date, opening paragraph and a link to it', () => {
    const $ = site.documentAt(`/${locale}`);
    const t = translatorFor(locale);
    const lead = regionNamed($, t('FrontPage.latest'));
    expect(lead.length).toBe(1);
    expect(textOf(lead.find('h2'))).toBe(newest.shown(locale, 'title'));
    expect(lead.find('time').attr('datetime')).toBe(newest.issued);
    expect(textOf(lead)).toContain(newest.shown(locale, `paragraphs.${newest.paragraphs[0] ?? ''}`));
    const read = named($, lead, 'a', t('FrontPage.read'));
    expect(read.attr('href')).toBe(statementAddress(locale, newest.id));
  });
});
