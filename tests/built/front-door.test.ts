import {load} from 'cheerio';
import {describe, expect, test} from 'vitest';
import {routing} from '../../i18n/routing';
import {translatorFor} from '../support/messages';
import {ownName} from '../support/switcher';
import {textOf} from './support/html';
import {locales, site} from '../support/builds';

// out/index.html, `/` on a host with no rules (docs/deployment.md): a
// language chooser. How the embedded server and the hosts' functions answer
// `/` instead: tests/e2e/negotiation.spec.ts, npm run check:hosts; its
// rendering and axe: tests/e2e/accessibility.spec.ts; its script on to a
// language: check:hosts.

describe('out/index.html, the front door', () => {
  const $ = load(site.read('index.html'));
  const choices = $('main ul > li');

  test('names the site once, in one heading', () => {
    expect($('h1').length).toBe(1);
    expect(textOf($('h1'))).toBe(translatorFor(routing.defaultLocale)('Header.siteName'));
    expect($('html').attr('lang')).toBe(routing.defaultLocale);
  });

  test('offers every language, each a link in its own name over the association’s name in it, in its own lang', () => {
    expect(choices.length).toBe(locales.length);
    locales.forEach((locale, index) => {
      const choice = choices.eq(index);
      const link = choice.children('a');
      expect(choice.attr('lang'), locale).toBe(locale);
      expect(link.attr('href'), locale).toBe(`/${locale}`);
      expect(link.attr('hreflang'), locale).toBe(locale);
      expect(textOf(link), locale).toBe(`${ownName(locale)} ${translatorFor(locale)('Header.siteDescription')}`);
    });
  });

  test('asks not to be indexed', () => {
    expect($('meta[name="robots"]').attr('content')).toBe('noindex');
  });
});
