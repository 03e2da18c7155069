import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {pngSize} from '../support/png';
import {translatorFor} from '../support/messages';
import {openGraphLocale, openGraphLocales} from '../support/open-graph';
import {absolute, everyLanguageAlternates, locales, site, statementAddress, yearOf} from '../support/builds';
import type {CheerioAPI} from 'cheerio';
import type {Locale} from '../support/builds';

// What each page's <head> tells search engines, feed readers and link
// previews, read from the built documents. Expected values come from the
// statement folders and message files, never from the site's own functions.

const statements = site.statements;
const {documentAt} = site;

/** A URL as a browser reads it (`http://host` is `http://host/`). */
const href = (url = '') => new URL(url).href;
const metaOf = ($: CheerioAPI, name: string) =>
  $(`meta[property="${name}"], meta[name="${name}"]`).first().attr('content');
const alternatesOf = ($: CheerioAPI) =>
  $('link[rel="alternate"][hreflang]')
    .toArray()
    .map((link) => [link.attribs.hreflang, href(link.attribs.href)])
    .sort();

type PageCase = {locale: Locale; path: string; alternates: string[][]};
const frontPages: PageCase[] = locales.map((locale) => ({
  locale,
  path: `/${locale}`,
  alternates: [...locales.map((other) => [other, absolute(`/${other}`)]), ['x-default', absolute('/')]].sort(),
}));
const statementPages = statements.flatMap((statement) =>
  statement.locales.map((locale) => ({
    locale,
    path: statementAddress(locale, statement.id),
    statement,
    alternates: [
      ...statement.locales.map((other) => [other, absolute(statementAddress(other, statement.id))]),
      ['x-default', absolute(statementAddress(statement.original, statement.id))],
    ].sort(),
  })),
);

describe.each([...frontPages, ...statementPages])('$path', ({locale, path: pathname, alternates}) => {
  const $ = documentAt(pathname);

  test('links its canonical URL and exactly its language versions, absolute', () => {
    expect($('link[rel="canonical"]').attr('href')).toBe(absolute(pathname));
    expect(alternatesOf($)).toEqual(alternates);
  });

  test('makes its language’s Atom feed discoverable', () => {
    const feed = $('link[rel="alternate"][type="application/atom+xml"]');
    expect(feed.attr('href')).toBe(absolute(`/${locale}/feed.xml`));
    expect(feed.attr('title')).toBe(translatorFor(locale)('Feed.title'));
  });

  test('names its locale and the other language versions for Open Graph', () => {
    expect(metaOf($, 'og:locale')).toEqual(openGraphLocale(locale));
    const others = alternates
      .map(([hreflang]) => hreflang)
      .filter((hreflang) => !['x-default', locale].includes(hreflang ?? ''));
    const expected = openGraphLocales(others as Locale[]);
    const actual = $('meta[property="og:locale:alternate"]')
      .toArray()
      .map((tag) => tag.attribs.content)
      .sort();
    expect(actual).toEqual(expected);
  });

  test('has a link preview image of its own, a 1200 × 630 PNG in out/', () => {
    expect(metaOf($, 'og:image')).toBe(absolute(`${pathname}/preview.png`));
    expect(metaOf($, 'twitter:card')).toBe('summary_large_image');
    expect(pngSize(readFileSync(path.join(site.outDir, `${pathname}/preview.png`)))).toEqual({
      width: 1200,
      height: 630,
    });
  });
});

describe.each(frontPages)('$path describes itself for link previews', ({locale, path: pathname}) => {
  test('as the website, in its language', () => {
    const $ = documentAt(pathname);
    const t = translatorFor(locale);
    expect(metaOf($, 'og:type')).toBe('website');
    expect(metaOf($, 'og:title')).toBe(t('Metadata.title'));
    expect(metaOf($, 'og:description')).toBe(t('Metadata.description'));
    expect(metaOf($, 'og:url')).toBe(absolute(pathname));
  });
});

describe.each(statementPages)('$path', ({locale, path: pathname, statement}) => {
  const $ = documentAt(pathname);
  const t = translatorFor(locale);
  const text = {
    title: statement.shown(locale, 'title'),
    description: statement.shown(locale, 'description'),
    association: statement.shown(locale, 'association'),
  };

  test('describes itself for link previews as an article in its language', () => {
    expect(metaOf($, 'og:type')).toBe('article');
    expect(metaOf($, 'og:title')).toBe(`${text.title} – KARABAKH`);
    expect(metaOf($, 'og:description')).toBe(text.description);
    expect(metaOf($, 'og:url')).toBe(absolute(pathname));
    expect(metaOf($, 'article:published_time')).toBe(statement.issued);
    expect(metaOf($, 'og:image:alt')).toBe(t('OpenGraph.alt', {title: text.title, association: text.association}));
  });

  test('carries JSON-LD for the association and this version, linked to the versions that exist', () => {
    const graph = (JSON.parse($('script[type="application/ld+json"]').text()) as {'@graph': Record<string, unknown>[]})[
      '@graph'
    ];
    const organization = graph.find((node) => node['@type'] === 'Organization');
    const article = graph.find((node) => node['@type'] === 'Article');
    expect(organization).toMatchObject({
      '@id': absolute('/#organization'),
      name: t('Metadata.siteName'),
      alternateName: [t('Letterhead.properName'), t('Letterhead.name')],
      foundingDate: '2003',
      email: t('Contact.email'),
      address: {'@type': 'PostalAddress', addressCountry: 'SE'},
    });
    const articleId = (version: string) => `${absolute(statementAddress(version, statement.id))}#statement`;
    expect(article).toMatchObject({
      '@id': articleId(locale),
      headline: text.title,
      description: text.description,
      inLanguage: locale,
      datePublished: statement.issued,
      url: absolute(pathname),
      author: {'@id': absolute('/#organization')},
    });
    if (locale === statement.original) {
      const translations = statement.locales.filter((other) => other !== statement.original);
      expect(article?.workTranslation).toEqual(translations.map((other) => ({'@id': articleId(other)})));
      expect(article?.translationOfWork).toBeUndefined();
    } else {
      expect(article?.translationOfWork).toEqual({'@id': articleId(statement.original)});
      expect(article?.workTranslation).toBeUndefined();
    }
  });
});

test('the sitemap lists every front page, statement version and archive page, each with exactly its alternates', () => {
  const xml = site.read('sitemap.xml');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map(([, body = '']) => ({
    loc: body.match(/<loc>(.*?)<\/loc>/)?.[1],
    alternates: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)]
      .map(([, hreflang, url]) => [hreflang, href(url)])
      .sort(),
  }));
  // The archive and each year with a statement, in every language; x-default the default language's (English).
  const everyLanguage = (pathOf: (locale: Locale) => string) => ({alternates: everyLanguageAlternates(pathOf)});
  const years = [...new Set(statements.map(yearOf))].sort().reverse();
  const archivePages = locales.flatMap((locale) => [
    {loc: absolute(`/${locale}/archive`), ...everyLanguage((other) => `/${other}/archive`)},
    ...years.map((year) => ({
      loc: absolute(`/${locale}/archive/${year}`),
      ...everyLanguage((other) => `/${other}/archive/${year}`),
    })),
  ]);
  const expected = [
    ...[...frontPages, ...statementPages].map(({path: pathname, alternates}) => ({
      loc: absolute(pathname),
      alternates,
    })),
    ...archivePages,
  ];
  // A sitemap's order means nothing (sitemaps.org), and the site promises none: compared as sets, by address.
  const byLoc = (list: {loc?: string}[]) => [...list].sort((a, b) => (a.loc ?? '').localeCompare(b.loc ?? ''));
  expect(byLoc(entries)).toEqual(byLoc(expected));
});

test('robots.txt allows crawling and points at the sitemap', () => {
  const text = site.read('robots.txt');
  expect(text).toMatch(/^User-Agent: \*$/m);
  expect(text).toMatch(/^Allow: \/$/m);
  expect(text).toContain(`Sitemap: ${absolute('/sitemap.xml')}`);
});
