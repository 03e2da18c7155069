import {describe, expect, test} from 'vitest';
import {translatorFor} from '../../support/messages';
import {
  absolute,
  everyLanguageAlternates,
  fixtureSite,
  locales,
  newestFirst,
  statementAddress,
  yearOf,
} from '../../support/builds';
import type {Locale} from '../../support/builds';
import {ownName} from '../../support/switcher';
import {named, switcherOf, textOf} from '../support/html';

// The archive of the fixture site, by year: what its statement folders say
// (the year each was issued in, the languages it exists in) is what the
// archive's pages must list. Its front pages' bound: ./front-pages.test.ts.

const statements = newestFirst(fixtureSite.statements);
const years = [...new Set(statements.map(yearOf))];
const ofYear = (year: string) => statements.filter((statement) => yearOf(statement) === year);
const existsIn = (locale: Locale) => (statement: (typeof statements)[number]) => statement.locales.includes(locale);

test('the fixture content spans at least four years, one of them in a single language', () => {
  expect(years.length).toBeGreaterThanOrEqual(4);
  expect(years.some((year) => new Set(ofYear(year).flatMap((statement) => statement.locales)).size === 1)).toBe(true);
});

/** The breadcrumbs of a page: its links as [name, href], and the current page's name. */
function breadcrumbsOf($: ReturnType<typeof fixtureSite.documentAt>, locale: Locale) {
  const nav = named($, $('body'), 'nav', translatorFor(locale)('Archive.breadcrumbs'));
  return {
    links: nav
      .find('a')
      .toArray()
      .map((link) => [textOf($(link)), link.attribs.href]),
    current: textOf(nav.find('[aria-current="page"]')),
  };
}

/** The hreflang alternates of a page, as [hreflang, URL], sorted. */
const alternatesOf = ($: ReturnType<typeof fixtureSite.documentAt>) =>
  $('link[rel="alternate"][hreflang]')
    .toArray()
    .map((link) => [link.attribs.hreflang, link.attribs.href])
    .sort();

describe.each(locales)('/%s/archive', (locale) => {
  const $ = fixtureSite.documentAt(`/${locale}/archive`);
  const t = translatorFor(locale);

  test('is the archive in its language, under the front page, with its language versions', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect(textOf($('h1'))).toBe(t('Archive.title'));
    expect(breadcrumbsOf($, locale)).toEqual({
      links: [[t('FrontPage.title'), `/${locale}`]],
      current: t('Archive.title'),
    });
    expect($('link[rel="canonical"]').attr('href')).toBe(absolute(`/${locale}/archive`));
    expect(alternatesOf($)).toEqual(everyLanguageAlternates((other) => `/${other}/archive`));
  });

  test('lists every year with a statement, newest first, each with how many it has in this language', () => {
    const items = $('main h1 ~ ol > li').toArray();
    expect(items.map((item) => $(item).find('a').attr('href'))).toEqual(
      years.map((year) => `/${locale}/archive/${year}`),
    );
    for (const [index, year] of years.entries()) {
      const count = ofYear(year).filter(existsIn(locale)).length;
      const elsewhere = ofYear(year).length - count;
      const words = [
        year,
        t('Archive.statements', {count}),
        elsewhere > 0 ? t(count > 0 ? 'Archive.elsewhere' : 'Archive.elsewhereAfterNone', {count: elsewhere}) : '',
      ];
      expect(textOf($(items[index]))).toBe(words.join(' ').trim());
    }
  });
});

describe.each(locales.flatMap((locale) => years.map((year) => ({locale, year}))))(
  '/$locale/archive/$year',
  ({locale, year}) => {
    const $ = fixtureSite.documentAt(`/${locale}/archive/${year}`);
    const t = translatorFor(locale);
    const here = ofYear(year).filter(existsIn(locale));
    const elsewhere = ofYear(year).filter((statement) => !existsIn(locale)(statement));

    test('is that year of the archive, under the archive, with its language versions', () => {
      expect($('html').attr('lang')).toBe(locale);
      expect(textOf($('h1'))).toBe(t('Archive.yearTitle', {year}));
      expect(breadcrumbsOf($, locale)).toEqual({
        links: [
          [t('FrontPage.title'), `/${locale}`],
          [t('Archive.title'), `/${locale}/archive`],
        ],
        current: year,
      });
      expect(alternatesOf($)).toEqual(everyLanguageAlternates((other) => `/${other}/archive/${year}`));
    });

    test('lists the year’s statements in this language, newest first, each with its date', () => {
      const titles = $('main h2 a').toArray();
      expect(titles.map((link) => [textOf($(link)), link.attribs.href])).toEqual(
        here.map((statement) => [statement.shown(locale, 'title'), statementAddress(locale, statement.id)]),
      );
      if (here.length === 0) expect(textOf($('main'))).toContain(t('Archive.noneInLanguage', {year}));
    });

    test('then those of the year only in other languages, each version in its own name', () => {
      const region = named($, $('main'), 'section', t('FrontPage.otherLanguages'));
      expect(region.length).toBe(elsewhere.length > 0 ? 1 : 0);
      expect(
        region
          .find('h3')
          .toArray()
          .map((title) => textOf($(title))),
      ).toEqual(elsewhere.map((statement) => statement.shown(statement.original, 'title')));
      for (const statement of elsewhere) {
        for (const version of statement.locales) {
          expect(
            named($, region, 'a', ownName(version)).filter(
              (_, link) => link.attribs.href === statementAddress(version, statement.id),
            ).length,
          ).toBe(1);
        }
      }
    });

    test('its switcher leads to the same year in each other language', () => {
      const switcher = switcherOf($, locale);
      for (const other of locales.filter((candidate) => candidate !== locale)) {
        expect(named($, switcher, 'a', ownName(other)).attr('href'), other).toBe(`/${other}/archive/${year}`);
      }
    });
  },
);
