import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import type {Statement} from '../content/types';
import {archivePath, archiveYearPath, searchPath, frontPagePath, statementPath} from './urls';

// The language versions of a page, for hreflang alternates in the HTML and the
// sitemap. A front page exists in every language and `x-default` is `/`, which
// negotiates; a statement lists exactly the versions that exist, and its
// `x-default` is the original. The archive's pages exist in every language;
// their `x-default` is the default language's.

/** hreflang → path. */
export type Alternates = Record<string, string>;

export function frontPageAlternates(): Alternates {
  return {
    ...Object.fromEntries(routing.locales.map((locale) => [locale, frontPagePath(locale)])),
    'x-default': '/',
  };
}

export function statementAlternates(statement: Statement): Alternates {
  return {
    ...Object.fromEntries(statement.locales.map((locale: Locale) => [locale, statementPath(locale, statement.id)])),
    'x-default': statementPath(statement.originalLocale, statement.id),
  };
}

/** A page that exists in every language at `pathOf(locale)`; `x-default` the default language's. */
function everyLanguage(pathOf: (locale: Locale) => string): Alternates {
  return {
    ...Object.fromEntries(routing.locales.map((locale) => [locale, pathOf(locale)])),
    'x-default': pathOf(routing.defaultLocale),
  };
}

export function archiveAlternates(): Alternates {
  return everyLanguage(archivePath);
}

export function archiveYearAlternates(year: number): Alternates {
  return everyLanguage((locale) => archiveYearPath(locale, year));
}

export function searchAlternates(): Alternates {
  return everyLanguage(searchPath);
}
