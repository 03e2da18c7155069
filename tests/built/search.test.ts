import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {gunzipSync} from 'node:zlib';
import {describe, expect, test} from 'vitest';
import {fixtureSite, locales, pagesOf, site} from '../support/builds';
import {translatorFor} from '../support/messages';
import {ownName} from '../support/switcher';
import {named, textOf} from './support/html';

// The search page of each language, as the browser gets it before its script
// runs, and the index its script searches (scripts/build/search-index.mjs).
// What the script does with them: tests/e2e/collection/search.spec.ts.

describe.each(locales)('/%s/search', (locale) => {
  const $ = site.documentAt(`/${locale}/search`);
  const t = translatorFor(locale);

  test('is the search page of its language, which search engines do not list', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect(textOf($('h1'))).toBe(t('Search.title'));
    expect($('meta[name="robots"]').attr('content')).toBe('noindex, follow');
    expect($('link[rel="canonical"]').attr('href')).toBe(`http://localhost:3000/${locale}/search`);
  });

  test('has a search form of the words to find, labelled in its language', () => {
    const form = $('form[role="search"]');
    expect(form.length).toBe(1);
    const input = form.find('input[type="search"]');
    expect(input.attr('name')).toBe('q');
    expect(textOf($(`label[for="${input.attr('id')}"]`))).toBe(t('Search.label'));
    expect(textOf(form.find('button[type="submit"]'))).toBe(t('Search.submit'));
  });

  test('without JavaScript, says that search needs it and leads to the archive', () => {
    // cheerio parses <noscript> as text, as a browser with scripts on does.
    const noScript = $('noscript').text();
    expect(noScript).toContain(`<a href="/${locale}/archive">`);
    expect(noScript.replace(/<[^>]+>/g, '')).toBe(t.markup('Search.noScript', {archive: (chunks) => chunks}));
  });

  test('has a live region for what a search finds, empty until one runs', () => {
    const status = $('[role="status"]');
    expect(status.attr('aria-live')).toBe('polite');
    expect(textOf(status)).toBe('');
  });

  test('offers the same search in each other language, named in that language', () => {
    const others = named($, $('main'), 'nav', t('Search.otherLanguages')).find('a');
    expect(
      others.toArray().map((link) => [link.attribs.href, link.attribs.hreflang, link.attribs.lang, textOf($(link))]),
    ).toEqual(
      locales.filter((other) => other !== locale).map((other) => [`/${other}/search`, other, other, ownName(other)]),
    );
  });

  test('is linked from the front page and the archive', () => {
    for (const page of [`/${locale}`, `/${locale}/archive`]) {
      expect(named($, site.documentAt(page)('main'), 'a', t('Search.title')).attr('href'), page).toBe(
        `/${locale}/search`,
      );
    }
  });
});

/** The search index of a build: the statement pages of each language Pagefind holds, and its files. */
function indexOf(outDir: string) {
  const dir = path.join(outDir, 'pagefind');
  const entry = JSON.parse(readFileSync(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, {page_count: number}>;
  };
  const fragments = readdirSync(path.join(dir, 'fragment')).map(
    (file) =>
      JSON.parse(
        gunzipSync(readFileSync(path.join(dir, 'fragment', file)))
          .toString('utf8')
          .replace(/^pagefind_dcd/, ''),
      ) as {
        url: string;
        content: string;
        meta: {title: string; date: string};
      },
  );
  return {entry, fragments, files: readdirSync(dir, {recursive: true, encoding: 'utf8'})};
}

describe.each([
  ['the site', site],
  ['the fixture site', fixtureSite],
] as const)('the search index of %s', (_, build) => {
  const {entry, fragments, files} = indexOf(build.outDir);
  const pages = pagesOf(build);

  test('holds every statement page of each language, in that language’s index, and nothing else', () => {
    for (const locale of locales) {
      const inLocale = pages.filter((page) => page.locale === locale);
      if (inLocale.length === 0) continue;
      expect(entry.languages[locale]?.page_count, locale).toBe(inLocale.length);
    }
    expect(fragments.map((fragment) => fragment.url).sort()).toEqual(pages.map((page) => page.path).sort());
  });

  test('keeps each statement’s title, date and words, not the page around it nor its tools and notes', () => {
    for (const {statement, locale, path: address} of pages) {
      const fragment = fragments.find((candidate) => candidate.url === address);
      const $ = build.documentAt(address);
      expect(fragment?.meta.title, address).toBe(statement.shown(locale, 'title'));
      expect(fragment?.meta.date, address).toBe(textOf($('.statement__issued time')));
      // Pagefind keeps words, not spacing: a no-break space (`30 illik`) is a space in its index.
      const words = (text = '') => text.replace(/\s+/gu, ' ');
      for (const paragraph of statement.paragraphs) {
        expect(words(fragment?.content), address).toContain(words(statement.shown(locale, `paragraphs.${paragraph}`)));
      }
      const t = translatorFor(locale);
      // The article only: not the page around it (skip link, header, footer), nor its tools and notes.
      const notIndexed = [t('Header.skipLink'), t('Links.share'), t('Statement.issued')];
      for (const text of notIndexed) expect(fragment?.content, address).not.toContain(text);
    }
  });

  test('ships Pagefind’s library and WebAssembly, none of its ready-made interfaces or its worker', () => {
    expect(files.filter((file) => /\.(js|css)$/.test(file))).toEqual(['pagefind.js']);
  });
});
