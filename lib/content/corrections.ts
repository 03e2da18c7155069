import type {Day, IssuedDate, Statement} from './types';

/** The association's last correction of the statement, if it has corrected it. */
export function lastCorrection(statement: Statement): Day | undefined {
  return statement.corrections.at(-1);
}

/** When the statement last changed: its last correction, or else its issue. For feeds' `updated` and sitemaps. */
export function lastChanged(statement: Statement): Day | IssuedDate {
  return lastCorrection(statement) ?? statement.issued;
}
