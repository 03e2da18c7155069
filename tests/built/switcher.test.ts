import {describe, expect, test} from 'vitest';
import {translatorFor} from '../support/messages';
import {ownName, switcherLinkName} from '../support/switcher';
import {named, switcherOf, textOf} from './support/html';
import {locales, pagesOf, site, statementAddress} from '../support/builds';
import type {Locale} from '../support/builds';

// After HMRC's language toggle: the header of every page of the real build
// offers every other language in its own name, leading to this page in it.
// Its links are plain links, so they switch without JavaScript; with a script
// they also keep the paragraph (tests/e2e/language-switcher.spec.ts). Where a
// statement lacks a language: tests/built/collection/missing-translation.test.ts.

type SwitcherPage = {
  locale: Locale;
  path: string;
  /** Where the switcher leads for another language, and whether this page exists in it. */
  versionOf: (other: Locale) => {path: string; exists: boolean};
  /** Its main heading in a language it exists in. */
  heading: (other: Locale) => string;
};

const pages: SwitcherPage[] = [
  ...locales.map((locale) => ({
    locale,
    path: `/${locale}`,
    versionOf: (other: Locale) => ({path: `/${other}`, exists: true}),
    heading: (other: Locale) => translatorFor(other)('FrontPage.title'),
  })),
  ...pagesOf(site).map(({statement, locale, path}) => ({
    locale,
    path,
    versionOf: (other: Locale) =>
      statement.locales.includes(other)
        ? {path: statementAddress(other, statement.id), exists: true}
        : {path: `/${other}`, exists: false},
    heading: (other: Locale) => statement.shown(other, 'title'),
  })),
];

describe.each(pages)('$path', ({locale, path, versionOf, heading}) => {
  const $ = site.documentAt(path);
  const nav = switcherOf($, locale);
  const others = locales.filter((other) => other !== locale);

  test('the header names its own language, in that language, as the current one, not as a link', () => {
    expect(nav.length).toBe(1);
    expect(nav.find('img, svg').length).toBe(0);
    const current = nav.find('[aria-current="true"]');
    expect(textOf(current)).toBe(ownName(locale));
    expect(current.attr('lang')).toBe(locale);
    expect(named($, nav, 'a', ownName(locale)).length).toBe(0);
  });

  test('offers every other language in its own name, leading to this page in it', () => {
    expect(nav.find('a').length).toBe(others.length);
    for (const other of others) {
      const {path: version, exists} = versionOf(other);
      const link = named($, nav, 'a', switcherLinkName(other, exists));
      expect(link.length, other).toBe(1);
      expect(textOf(link)).toBe(ownName(other));
      expect(link.attr('lang')).toBe(other);
      expect(link.attr('hreflang')).toBe(other);
      expect(link.attr('href')).toBe(version);
      // The script carries the reader's query string and paragraph onto this page in another
      // language, never onto a front page standing in for a version that does not exist.
      expect(link.attr('data-keeps-position')).toBe(exists ? version : undefined);
      if (exists) {
        const there = site.documentAt(version);
        expect(there('html').attr('lang')).toBe(other);
        expect(textOf(there('h1'))).toBe(heading(other));
      }
    }
  });
});
