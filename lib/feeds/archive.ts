import type {Statement} from '../content/types';
import {yearOf} from '../content/archive';

// A language's feed as RFC 5005 archived feeds: the subscription document
// (/{locale}/feed.xml) carries the newest statements in full, a bounded number
// whatever the size of the collection, and every older statement is in the
// archive document of its year (/{locale}/archive/{year}/feed.xml), each
// linking the next older and newer one. A reader who wants the whole history
// follows prev-archive from the subscription document; a feed reader polling
// every hour fetches only the subscription document.
//
// An archive document holds a whole year, so it no longer changes once its
// year is over (unless a statement of that year is added or corrected later);
// one may share entries with the subscription document, which RFC 5005 allows
// (the most recently updated copy of an entry prevails).

/** How many statements the subscription document carries. */
export const FEED_ENTRIES = 20;

export type FeedPlan = {
  /** The subscription document's statements: the newest, at most FEED_ENTRIES. */
  current: Statement[];
  /** The years with an archive document, newest first: those with a statement the subscription document leaves out. */
  archiveYears: number[];
};

/** How one language's statements (newest first) are spread over its feed documents. */
export function feedPlan(statements: readonly Statement[]): FeedPlan {
  const current = statements.slice(0, FEED_ENTRIES);
  const archiveYears = [...new Set(statements.slice(FEED_ENTRIES).map(yearOf))];
  return {current, archiveYears};
}

/** The archive documents either side of `year`'s: the next older (prev-archive) and the next newer (next-archive). */
export function neighbours(archiveYears: readonly number[], year: number): {older?: number; newer?: number} {
  const index = archiveYears.indexOf(year);
  return {older: archiveYears[index + 1], newer: index > 0 ? archiveYears[index - 1] : undefined};
}
