import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import type {Statement} from '@/lib/content/types';
import {existsIn} from '@/lib/content/versions';
import {archivePath, archiveYearPath, frontPagePath, searchPath, statementPath} from '@/lib/site/urls';

/** Where the language switcher leads, for each language. */
export type LanguageVersion = {
  locale: Locale;
  href: string;
  /** False when this page does not exist in that language and the link leads to its front page instead. */
  exists: boolean;
  /** Whether the link carries the reader's ?query and #paragraph along (the same page in another language). */
  keepsPosition: boolean;
};

/** A front page exists in every language. */
export function frontPageVersions(): LanguageVersion[] {
  return routing.locales.map((locale) => ({locale, href: frontPagePath(locale), exists: true, keepsPosition: true}));
}

/** The archive, or one of its years, exists in every language. */
export function archiveVersions(year?: number): LanguageVersion[] {
  return routing.locales.map((locale) => ({
    locale,
    href: year === undefined ? archivePath(locale) : archiveYearPath(locale, year),
    exists: true,
    keepsPosition: true,
  }));
}

/** The search page exists in every language; the words searched for go along (its ?q=). */
export function searchVersions(): LanguageVersion[] {
  return routing.locales.map((locale) => ({locale, href: searchPath(locale), exists: true, keepsPosition: true}));
}

/** The same statement in each language it exists in; its front page in each other one. */
export function statementVersions(statement: Statement): LanguageVersion[] {
  return routing.locales.map((locale) =>
    existsIn(statement, locale)
      ? {locale, href: statementPath(locale, statement.id), exists: true, keepsPosition: true}
      : {locale, href: frontPagePath(locale), exists: false, keepsPosition: false},
  );
}

/** From a page that is nowhere (a 404): each language's front page. */
export function notFoundVersions(): LanguageVersion[] {
  return routing.locales.map((locale) => ({locale, href: frontPagePath(locale), exists: true, keepsPosition: false}));
}
