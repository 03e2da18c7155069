import type {Statement} from '../content/types';
import {yearOf} from '../content/archive';

// A language's feed as RFC 5005 archived feeds: the subscription document
// (/{locale}/feed.xml) carries the newest statements in full, a bounded number
// whatever the size of the collection, and each year with a statement in the
// language has an archive document (/{locale}/archive/{year}/feed.xml) holding
// all of that year's, each linking the next older and newer one. When the
// subscription document leaves statements out, its prev-archive leads to the
// year of the newest it leaves out, and from there back through every year;
// a feed reader polling every hour fetches only the subscription document.
//
// An archive document holds a whole year, so it no longer changes once its
// year is over (unless a statement of that year is added or corrected later);
// one may share entries with the subscription document, which RFC 5005 allows
// (the most recently updated copy of an entry prevails). Every year has one,
// not only the years left out of the subscription document, so that a year's
// document does not appear and its address does not change as the collection
// grows (and a static export needs at least one to write).

/** How many statements the subscription document carries. */
export const FEED_ENTRIES = 20;

export type FeedPlan = {
  /** The subscription document's statements: the newest, at most FEED_ENTRIES. */
  current: Statement[];
  /** The years with an archive document, newest first: every year with a statement in the language. */
  archiveYears: number[];
  /** Where the subscription document's prev-archive leads: the year of the newest statement it leaves out, if any. */
  previous: number | undefined;
};

/** How one language's statements (newest first) are spread over its feed documents. */
export function feedPlan(statements: readonly Statement[]): FeedPlan {
  const [firstLeftOut] = statements.slice(FEED_ENTRIES);
  return {
    current: statements.slice(0, FEED_ENTRIES),
    archiveYears: [...new Set(statements.map(yearOf))],
    previous: firstLeftOut && yearOf(firstLeftOut),
  };
}

/** The archive documents either side of `year`'s: the next older (prev-archive) and the next newer (next-archive). */
export function neighbours(archiveYears: readonly number[], year: number): {older?: number; newer?: number} {
  const index = archiveYears.indexOf(year);
  return {older: archiveYears[index + 1], newer: index > 0 ? archiveYears[index - 1] : undefined};
}
