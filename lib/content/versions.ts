import type {Locale} from 'next-intl';
import type {Statement} from './types';

// Which language versions of a statement exist: the pages, the switcher, the
// alternates, the sitemap, the feeds and the 404 all ask here.

export function existsIn(statement: Statement, locale: Locale): boolean {
  return statement.locales.includes(locale);
}

/** The versions of a statement that are translations, in routing order. */
export function translationsOf(statement: Statement): Locale[] {
  return statement.locales.filter((locale) => locale !== statement.originalLocale);
}

/** The statements that exist in `locale`, in the order given (newest first). */
export function statementsIn(statements: readonly Statement[], locale: Locale): Statement[] {
  return statements.filter((statement) => existsIn(statement, locale));
}

/** The statements that exist only in other languages than `locale`. */
export function statementsNotIn(statements: readonly Statement[], locale: Locale): Statement[] {
  return statements.filter((statement) => !existsIn(statement, locale));
}
