import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import type {Statement} from '../content/types';
import {archiveYearPath, frontPagePath, statementPath} from './urls';

// The language versions of a page, for hreflang alternates in the HTML and the
// sitemap, and for the language switcher. A front page, the archive's pages
// and the search page exist in every language; their `x-default` is the
// default language's, but a front page's is `/`, which negotiates. A
// statement lists exactly the versions that exist, and its `x-default` is the
// original.

/** hreflang → path. */
export type Alternates = Record<string, string>;

/** A page that exists in every language at `pathOf(locale)`. */
export function everyLanguage(pathOf: (locale: Locale) => string): Alternates {
  return {
    ...Object.fromEntries(routing.locales.map((locale) => [locale, pathOf(locale)])),
    'x-default': pathOf(routing.defaultLocale),
  };
}

export const frontPageAlternates = (): Alternates => ({...everyLanguage(frontPagePath), 'x-default': '/'});

export const archiveYearAlternates = (year: number): Alternates =>
  everyLanguage((locale) => archiveYearPath(locale, year));

export function statementAlternates(statement: Statement): Alternates {
  return {
    ...Object.fromEntries(statement.locales.map((locale: Locale) => [locale, statementPath(locale, statement.id)])),
    'x-default': statementPath(statement.originalLocale, statement.id),
  };
}
