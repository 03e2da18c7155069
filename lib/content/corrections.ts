import type {Day, IssuedDate, Statement} from './types';

/** When the statement last changed: its last correction, or else its issue. For feeds' `updated` and sitemaps. */
export function lastChanged(statement: Statement): Day | IssuedDate {
  return statement.corrections.at(-1) ?? statement.issued;
}
