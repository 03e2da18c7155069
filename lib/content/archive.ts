import type {Locale} from 'next-intl';
import type {Statement} from './types';
import {existsIn} from './versions';

// The archive by year. A statement belongs to the year it was issued in. The
// front page lists a bounded number of recent statements, whatever the size
// of the collection; every statement stays reachable from its year's page.

/** How many of a language's statements its front page lists: the newest, leading, and the ones before it. */
export const RECENT_ON_FRONT_PAGE = 10;

/** The year a statement was issued in. */
export function yearOf(statement: Statement): number {
  return statement.issued.date.getUTCFullYear();
}

/** The years in which any statement was issued, in any language, newest first: each has a page in every language. */
export function archiveYears(statements: readonly Statement[]): number[] {
  return [...new Set(statements.map(yearOf))].sort((a, b) => b - a);
}

/** A year's statements, in the order given (newest first). */
export function statementsOfYear(statements: readonly Statement[], year: number): Statement[] {
  return statements.filter((statement) => yearOf(statement) === year);
}

/** What the archive's index says of each year in one language. */
export type YearSummary = {
  year: number;
  /** Its statements in this language. */
  count: number;
  /** Its statements that exist only in other languages. */
  elsewhere: number;
};

/** Every year of the archive, newest first, with how many of its statements exist in `locale` and how many only elsewhere. */
export function yearSummaries(statements: readonly Statement[], locale: Locale): YearSummary[] {
  return archiveYears(statements).map((year) => {
    const ofYear = statementsOfYear(statements, year);
    const count = ofYear.filter((statement) => existsIn(statement, locale)).length;
    return {year, count, elsewhere: ofYear.length - count};
  });
}
