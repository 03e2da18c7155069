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

/** A calendar day the association names, such as the day of a correction. */
export type Day = {
  /** `2025-06-02` */
  iso: string;
  /** At midnight UTC. */
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
  /** The days the association corrected its original after publishing it, oldest first. */
  corrections: readonly Day[];
  /**
   * Per translation, the messages (`paragraphs.appeal`, `title`) whose original
   * has changed since they were translated; a translation that renders today's
   * original has none. Pages say so at each of them.
   */
  outdated: Readonly<Partial<Record<Locale, readonly string[]>>>;
  /** The outdated messages the editor has decided to publish as they are, until they are translated again. */
  acknowledgedOutdated: Readonly<Partial<Record<Locale, readonly string[]>>>;
};

/** A statement's words in one language: messages/statements/<id>/<locale>.json. */
export type StatementText = {
  title: string;
  /** For search results and link previews. */
  description: string;
  /** One notice per correction of the original, keyed by its day (as in the entry); empty when there are none. */
  corrections: Record<string, string>;
  /** One ICU message per paragraph, keyed by paragraph id. */
  paragraphs: Record<string, string>;
  closing: string;
  signatory: string;
  association: string;
  /** In a translation: per message, the source hash of the original it was translated from (lib/content/sources.ts). */
  translatedFrom?: Record<string, string>;
};
