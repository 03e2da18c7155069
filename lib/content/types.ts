import type {Locale} from 'next-intl';

/**
 * The day or the month a statement was issued, as the association gives it.
 * A letter without a date is known only to the month its content fixes, and
 * the site never shows more than is known (see the entry's `issuedNote`).
 */
export type IssuedDate = {
  /** ISO 8601 at its own precision: `2023-09` or `2023-09-19`. */
  iso: string;
  precision: 'day' | 'month';
  /** The first day it can mean, at midnight UTC: for ordering and formatting. */
  date: Date;
};

/** The values of a statement's ICU arguments: figures, and dates as UTC days. */
export type MessageArguments = Record<string, number | Date>;

/** One statement of the association, in every language it exists in. */
export type Statement = {
  /** Stable ASCII id, the same in every language: `2023-09-statement-of-the-world-azerbaijanis`. */
  id: string;
  issued: IssuedDate;
  /** The language the association wrote it in; every other version is a translation of it. */
  originalLocale: Locale;
  /** Its paragraphs in order; each id is the paragraph's anchor in every language. */
  paragraphIds: readonly string[];
  arguments: MessageArguments;
  /** The languages it exists in, in the order of i18n/routing.ts; the original is one of them. */
  locales: readonly Locale[];
};

/** A statement's words in one language: messages/statements/<id>/<locale>.json. */
export type StatementText = {
  title: string;
  /** For search results and link previews. */
  description: string;
  /** One ICU message per paragraph, keyed by paragraph id. */
  paragraphs: Record<string, string>;
  closing: string;
  signatory: string;
  association: string;
};
