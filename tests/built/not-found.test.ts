import {load} from 'cheerio';
import {describe, expect, test} from 'vitest';
import {translatorFor} from '../support/messages';
import {ownName} from '../support/switcher';
import {named, switcherOf, textOf} from './support/html';
import {locales, site} from '../support/builds';

// The 404 documents of the real build, as they are written: one per language
// (out/<locale>/404.html) and one for a path outside every language
// (out/404.html). Which address answers with which, and its status:
// tests/e2e/not-found.spec.ts; the collection's statement-shaped 404s:
// tests/built/collection/missing-translation.test.ts.

describe.each(locales)('out/%s/404.html', (locale) => {
  const $ = load(site.read(`${locale}/404.html`));
  const t = translatorFor(locale);

  test('says the page was not found, in its language, without needing a script', () => {
    expect($('html').attr('lang')).toBe(locale);
    expect($('title').text()).toBe(t('NotFound.metaTitle'));
    expect(textOf($('h1'))).toBe(t('NotFound.title'));
    expect(textOf($('main'))).toContain(t('NotFound.body'));
  });

  test('leads back to its language’s front page, and its switcher to the other languages’', () => {
    expect(named($, $('main'), 'a', t('NotFound.back')).attr('href')).toBe(`/${locale}`);
    const switcher = switcherOf($, locale);
    for (const other of locales.filter((candidate) => candidate !== locale)) {
      expect(named($, switcher, 'a', ownName(other)).attr('href'), other).toBe(`/${other}`);
    }
  });

  test('asks not to be indexed, even where a host sends it by name with 200', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});

describe('out/404.html, for a path outside every language', () => {
  const $ = load(site.read('404.html'));

  test('says "not found" in every language, each linking to its front page, under one main heading', () => {
    for (const locale of locales) {
      const t = translatorFor(locale);
      const section = $(`section[lang="${locale}"]`);
      expect(textOf(section.find('h1, h2')), locale).toBe(t('NotFound.title'));
      expect(textOf(section)).toContain(t('NotFound.body'));
      const back = named($, section, 'a', t('NotFound.back'));
      expect(back.attr('href')).toBe(`/${locale}`);
      expect(back.attr('hreflang')).toBe(locale);
    }
    expect($('h1').length).toBe(1);
  });

  test('asks not to be indexed', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});
