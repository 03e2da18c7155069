import {match} from '@formatjs/intl-localematcher';
import Negotiator from 'negotiator';
import {describe, expect, test} from 'vitest';
import {routing} from '@/i18n/routing';
import {languageRanges, localeFromCookie, negotiateLocale} from '@/lib/routing/negotiation';

// lib/routing/negotiation.ts runs on every host (the embedded server, and
// nginx through njs, which cannot run a library with Intl): its answers are
// held to those of the matching next-intl itself uses, negotiator and
// @formatjs/intl-localematcher, over the headers browsers send and junk.
const {locales, defaultLocale} = routing;

/** next-intl's negotiation (its middleware's resolveLocale), the independent oracle. */
function nextIntlLocale(acceptLanguage: string): string {
  const languages = new Negotiator({headers: {'accept-language': acceptLanguage}}).languages();
  try {
    return match(languages, locales, defaultLocale);
  } catch {
    return defaultLocale;
  }
}

const headers = [
  'az-AZ',
  'az',
  'az-Latn-AZ,az;q=0.9,ru;q=0.8',
  'sv-SE,sv;q=0.9,en;q=0.8',
  'sv-FI',
  'fi-FI,fi;q=0.9,sv;q=0.8',
  'en-US,en;q=0.9',
  'en-GB',
  'de-DE,de;q=0.9',
  'fr;q=0.9, az;q=0.5, sv;q=0.7',
  'ru-RU,ru;q=0.9,az;q=0.8,en;q=0.7',
  'tr-TR,tr;q=0.9,en-US;q=0.8,en;q=0.7',
  'SV-se',
  'en;q=0, sv',
  'sv;q=0.5, en;q=0.5',
  '*',
  '*, sv;q=0.1',
  'da, sv;q=0.2',
  '',
  '!!!,;q=abc,,;;',
  'x'.repeat(4000),
  'sv;q=2',
  'az;q=0.001, en;q=0',
];

describe('the language of Accept-Language is the one next-intl negotiated', () => {
  for (const header of headers) {
    test(JSON.stringify(header.length > 40 ? `${header.slice(0, 40)}…` : header), () => {
      expect(negotiateLocale({acceptLanguage: header}, locales, defaultLocale)).toBe(nextIntlLocale(header));
    });
  }
});

test('ranges are ordered by q-value, then by their place; q=0 and junk are left out', () => {
  expect(languageRanges('fr;q=0.9, az;q=0.5, sv;q=0.7, en;q=0, de;q=x, *')).toEqual(['*', 'fr', 'sv', 'az']);
});

describe('the cookie', () => {
  test('a remembered language wins over the browser’s', () => {
    expect(negotiateLocale({cookie: 'a=1; NEXT_LOCALE=az', acceptLanguage: 'sv-SE'}, locales, defaultLocale)).toBe(
      'az',
    );
  });
  test.each([
    'NEXT_LOCALE=evil',
    'NEXT_LOCALE=../../etc/passwd',
    'NEXT_LOCALE=%zz<script>',
    'NEXT_LOCALE=SV',
    'X_NEXT_LOCALE=sv',
  ])('%s is not a language of the site, and ignored', (cookie) => {
    expect(localeFromCookie(cookie, locales)).toBeUndefined();
    expect(negotiateLocale({cookie, acceptLanguage: 'az'}, locales, defaultLocale)).toBe('az');
  });
  test('without cookie or Accept-Language: English', () => {
    expect(negotiateLocale({}, locales, defaultLocale)).toBe('en');
  });
});
