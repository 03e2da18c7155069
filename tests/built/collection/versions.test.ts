import {describe, expect, test} from 'vitest';
import {translationNote} from '../../support/translation-note';
import {absolute, fixtureSite, statementAddress} from '../../support/builds';
import type {Locale} from '../../support/builds';
import {fixturePages} from '../../support/fixture-pages';
import {openGraphLocales} from '../../support/open-graph';
import type {SourceStatement} from '../../support/builds';
import {named, textOf} from '../support/html';
import type {CheerioAPI} from 'cheerio';

// Every statement names exactly the language versions that exist (the
// <locale>.json files of its folder), in every place a browser, crawler or
// feed reader looks, and each translation names its own original, whatever
// language that is.

/** A URL as a browser reads it (`http://host` is `http://host/`). */
const href = (url = '') => new URL(url).href;
const versionUrl = (statement: SourceStatement, version: Locale) => absolute(statementAddress(version, statement.id));

/** Its versions in the site's language order, then x-default: the original. */
const alternatesOf = (statement: SourceStatement) => [
  ...statement.locales.map((version) => [version, versionUrl(statement, version)]),
  ['x-default', versionUrl(statement, statement.original)],
];

const articleOf = ($: CheerioAPI) =>
  (JSON.parse($('script[type="application/ld+json"]').text()) as {'@graph': Record<string, unknown>[]})['@graph'].find(
    (node) => node['@type'] === 'Article',
  );

describe.each(fixturePages)('$path', ({statement, locale, path}) => {
  const $ = fixtureSite.documentAt(path);
  const original = statement.original;

  test('lists exactly its versions as hreflang alternates, x-default being the original', () => {
    const alternates = $('link[rel="alternate"][hreflang]')
      .toArray()
      .map((link) => [link.attribs.hreflang, href(link.attribs.href)]);
    expect(alternates).toEqual(alternatesOf(statement));
  });

  test('names exactly its other versions as Open Graph alternate locales', () => {
    const actual = $('meta[property="og:locale:alternate"]')
      .toArray()
      .map((tag) => tag.attribs.content)
      .sort();
    const others = statement.locales.filter((version) => version !== locale);
    expect(actual).toEqual(openGraphLocales(others));
  });

  test('links in JSON-LD only the versions that exist', () => {
    const article = articleOf($);
    const id = (version: Locale) => `${versionUrl(statement, version)}#statement`;
    expect(article?.inLanguage).toBe(locale);
    expect(article?.datePublished).toBe(statement.issued);
    if (locale === original) {
      const translations = statement.locales.filter((version) => version !== original);
      expect(article?.workTranslation).toEqual(translations.map((version) => ({'@id': id(version)})));
      expect(article?.translationOfWork).toBeUndefined();
    } else {
      expect(article?.translationOfWork).toEqual({'@id': id(original)});
      expect(article?.workTranslation).toBeUndefined();
    }
  });

  if (locale !== original) {
    test('says it is a translation of its own original, in that language’s name, and links there', () => {
      const note = $('.translation-note');
      const expected = translationNote(locale, original);
      expect(note.length).toBe(1);
      expect(textOf(note)).toBe(expected.text);
      const link = named($, note, 'a', expected.link);
      expect(link.length).toBe(1);
      expect(link.attr('href')).toBe(statementAddress(original, statement.id));
    });
  }
});

test('the sitemap lists each statement only in the languages it exists in, with exactly those alternates', () => {
  const xml = fixtureSite.read('sitemap.xml');
  const entries = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)]
    .map(([, body = '']) => ({
      loc: body.match(/<loc>(.*?)<\/loc>/)?.[1] ?? '',
      alternates: [...body.matchAll(/<xhtml:link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)].map(
        ([, hreflang, url]) => [hreflang, href(url)],
      ),
    }))
    .filter(({loc}) => loc.includes('/statements/'))
    .sort((a, b) => a.loc.localeCompare(b.loc));
  const expected = fixturePages
    .map(({statement, path}) => ({loc: absolute(path), alternates: alternatesOf(statement)}))
    .sort((a, b) => a.loc.localeCompare(b.loc));
  expect(entries).toEqual(expected);
});
