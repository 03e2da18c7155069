import {load} from 'cheerio';
import {describe, expect, test} from 'vitest';
import {translatorFor} from '../../support/messages';
import {fixtureSite, statementAddress} from '../../support/builds';
import {missingPages, switchesToMissing} from '../../support/fixture-pages';
import {ownName} from '../../support/switcher';
import {named, switcherOf, textOf} from '../support/html';

// A statement in a language it has no <locale>.json for: its address has a 404
// document of its own (out/<locale>/statements/<id>/404.html; that the server
// answers the address with it, as a 404: the collection's e2e
// missing-translation.spec.ts), in the reader's language, pointing to the
// versions that exist. And from a version that exists, the switcher's way to a
// language the statement lacks leads to that language's front page.

test('the fixture content has statements missing in some language', () => {
  expect(missingPages.length).toBeGreaterThan(0);
});

describe.each(missingPages)('$path', ({statement, locale, path}) => {
  const $ = load(fixtureSite.read(`${path}/404.html`));
  const t = translatorFor(locale);

  test('is a page in its language saying the statement is not (yet) available in it', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect($('title').text()).toBe(t('NotFound.untranslatedMetaTitle'));
    const heading = $('h1');
    expect(heading.length).toBe(1);
    expect(textOf(heading)).toBe(t('NotFound.untranslatedTitle'));
    // Never one language's text under another's address.
    const text = textOf($('body'));
    for (const version of statement.locales) {
      expect(text).not.toContain(statement.shown(version, `paragraphs.${statement.paragraphs[0]}`));
    }
  });

  test('links to every version that exists, each in its own language', () => {
    const versions = $('main li');
    expect(versions.length).toBe(statement.locales.length);
    for (const [index, version] of statement.locales.entries()) {
      const item = versions.eq(index);
      expect(item.attr('lang')).toBe(version);
      const link = item.find('a');
      expect(link.length).toBe(1);
      expect(textOf(link)).toBe(`${ownName(version)}: ${statement.shown(version, 'title')}`);
      expect(link.attr('href')).toBe(statementAddress(version, statement.id));
      expect(link.attr('hreflang')).toBe(version);
    }
  });

  test('its language switcher leads to the versions that exist', () => {
    const switcher = switcherOf($, locale);
    for (const version of statement.locales) {
      const link = named($, switcher, 'a', ownName(version));
      expect(link.length, version).toBe(1);
      expect(link.attr('href')).toBe(statementAddress(version, statement.id));
    }
  });
});

// From a statement page, the switcher's link to each language the statement
// lacks (that a reader at a paragraph follows it there, the script leaving it
// alone: the e2e spec).
describe.each(switchesToMissing)('$path, switching to $other', ({locale, path, other}) => {
  test('the switcher leads to that language’s front page, named in it, and its name says why', () => {
    const $ = fixtureSite.documentAt(path);
    const why = translatorFor(other)('LocaleSwitcher.missing', {language: ownName(other)});
    const link = named($, switcherOf($, locale), 'a', why);
    expect(link.length).toBe(1);
    expect(textOf(link)).toBe(ownName(other));
    expect(link.attr('href')).toBe(`/${other}`);
  });
});
