import {createHash} from 'node:crypto';
import type {Locale} from 'next-intl';
import type {Statement, StatementText} from './types';

// Which version of its original a translation renders. Each translation file
// records, per message, a short hash of the original message's source as it
// was when the message was translated (`translatedFrom`, written by
// `npm run translations:accept`, never by hand). When the original message
// changes, its hash no longer matches: that message of the translation is
// outdated until a translator updates it and accepts it again.

/** The length of a source hash: enough to tell versions of one message apart, short enough to read in a diff. */
export const SOURCE_HASH_LENGTH = 8;

export const sourceHashPattern = new RegExp(`^[0-9a-f]{${SOURCE_HASH_LENGTH}}$`);

/** A message's source fingerprint: the first hex digits of the SHA-256 of its ICU text, exactly as written. */
export function sourceHash(message: string): string {
  return createHash('sha256').update(message, 'utf8').digest('hex').slice(0, SOURCE_HASH_LENGTH);
}

/**
 * Every message of a statement's text, flat, in reading order: `title`,
 * `description`, `corrections.2025-06-02`, `paragraphs.appeal`, `closing`,
 * `signatory`, `association`. These keys name a message in `translatedFrom`,
 * in an entry's `outdatedTranslations` and in the editor's commands.
 */
export function messagesOf(text: StatementText): Map<string, string> {
  const {title, description, corrections, paragraphs, closing, signatory, association} = text;
  return new Map([
    ['title', title],
    ['description', description],
    ...Object.entries(corrections).map(([day, message]): [string, string] => [`corrections.${day}`, message]),
    ...Object.entries(paragraphs).map(([id, message]): [string, string] => [`paragraphs.${id}`, message]),
    ['closing', closing],
    ['signatory', signatory],
    ['association', association],
  ]);
}

/** What `translatedFrom` says when every message of a translation renders today's original. */
export function currentSources(original: StatementText): Record<string, string> {
  return Object.fromEntries([...messagesOf(original)].map(([key, message]) => [key, sourceHash(message)]));
}

/**
 * The messages of a translation whose original has changed since they were
 * translated, in reading order, given the original's `currentSources`.
 */
export function outdatedMessages(
  sources: Readonly<Record<string, string>>,
  translatedFrom: Readonly<Record<string, string>>,
): string[] {
  return Object.entries(sources)
    .filter(([key, hash]) => translatedFrom[key] !== hash)
    .map(([key]) => key);
}

/** The messages of this version of a statement whose original has changed since they were translated (none for the original). */
export function outdatedIn(statement: Statement, locale: Locale): readonly string[] {
  return statement.outdated[locale] ?? [];
}

/** A translation against today's original: what is outdated, and what of that the entry has not acknowledged. */
export function translationDrift(statement: Statement, locale: Locale) {
  const outdated = outdatedIn(statement, locale);
  const acknowledged = statement.acknowledgedOutdated[locale] ?? [];
  return {
    outdated,
    /** Outdated and not listed in the entry's outdatedTranslations: CI refuses these. */
    unacknowledged: outdated.filter((key) => !acknowledged.includes(key)),
    /** Listed as outdated in the entry, but translated from today's original: the entry says what is no longer true. */
    needlesslyAcknowledged: acknowledged.filter((key) => !outdated.includes(key)),
  };
}
