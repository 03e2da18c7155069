import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locale} from 'next-intl';
import {routing} from '@/i18n/routing';
import {keyDifference, MAX_ID_LENGTH, parseEntry, parseText, statementIdPattern} from './entry';
import {currentSources, outdatedMessages} from './sources';
import type {Statement, StatementText} from './types';

// A collection of statements is a directory with one folder per statement:
//
//   <id>/statement.json   the entry: issued date, original language, paragraph ids, figures
//   <id>/<locale>.json    its text in each language it exists in; a translation
//                         also records which version of the original it renders
//   <id>/received.md      the letter as the association sent it, which the tests
//                         prove the original renders word for word (never shipped)
//
// A statement exists in a language exactly when that file is there: a
// translation is published by adding its file, and nothing else lists it.

export const ENTRY_FILE = 'statement.json';
export const RECEIVED_FILE = 'received.md';

export type Collection = {
  /** Every statement, newest first. */
  statements: readonly Statement[];
  get(id: string): Statement | undefined;
  /** Its words in one of the languages it exists in. */
  text(statement: Statement, locale: Locale): StatementText;
};

/** A statement file's JSON; throws, naming the file, when it is not valid JSON. */
export function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** Newest first; statements of the same day or month by id, so the order never depends on the file system. */
export function newestFirst(a: Statement, b: Statement): number {
  return b.issued.date.getTime() - a.issued.date.getTime() || a.id.localeCompare(b.id);
}

/**
 * The messages of a translation whose original has changed since they were
 * translated; throws when it does not record, for every message, which
 * version of the original it translates. `sources`: the original's
 * currentSources (lib/content/sources.ts).
 */
function outdatedTranslation(file: string, which: string, sources: Record<string, string>, translation: StatementText) {
  const difference = keyDifference(
    Object.keys(sources),
    Object.keys(translation.translatedFrom ?? {}),
    'not a message',
  );
  if (difference) {
    throw new Error(
      `${file}: translatedFrom must name the version of the original of every message${difference}` +
        `\n  once a message is translated, record it: npm run translations:accept -- ${which} <message>…`,
    );
  }
  return outdatedMessages(sources, translation.translatedFrom ?? {});
}

/** The entry's outdatedTranslations may name only translations that exist, and only their messages. */
function checkAcknowledged(
  entryFile: string,
  acknowledged: Partial<Record<Locale, string[]>>,
  texts: Map<Locale, StatementText>,
  sources: Record<string, string>,
) {
  for (const [locale, keys] of Object.entries(acknowledged)) {
    if (!texts.has(locale as Locale)) {
      throw new Error(`${entryFile}: outdatedTranslations names ${locale}, which has no translation`);
    }
    const unknown = keys.filter((key) => !(key in sources));
    if (unknown.length > 0) {
      throw new Error(
        `${entryFile}: outdatedTranslations.${locale} names what is not a message: ${unknown.join(', ')}`,
      );
    }
  }
}

/** One statement folder, checked; throws, naming the file and the field, on anything malformed. */
export function loadStatement(
  directory: string,
  id: string,
): {statement: Statement; texts: Map<Locale, StatementText>} {
  if (!statementIdPattern.test(id) || id.length > MAX_ID_LENGTH) {
    throw new Error(`${directory}: "${id}" is not a statement id (lowercase ASCII words joined by hyphens)`);
  }
  const folder = path.join(directory, id);
  const entryFile = path.join(folder, ENTRY_FILE);
  if (!existsSync(entryFile)) throw new Error(`${entryFile} is missing`);
  const entry = parseEntry(entryFile, readJson(entryFile));
  const texts = new Map<Locale, StatementText>();
  for (const locale of routing.locales) {
    const file = path.join(folder, `${locale}.json`);
    if (existsSync(file)) texts.set(locale, parseText(file, readJson(file), entry));
  }
  const unknown = readdirSync(folder).filter(
    (name) =>
      name !== ENTRY_FILE && name !== RECEIVED_FILE && !routing.locales.some((locale) => name === `${locale}.json`),
  );
  if (unknown.length > 0) throw new Error(`${folder}: unexpected ${unknown.join(', ')}`);
  const original = texts.get(entry.original);
  if (!original) throw new Error(`${path.join(folder, `${entry.original}.json`)}, the original, is missing`);

  // Hashed once per statement, for every translation of it.
  const sources = currentSources(original);
  const outdated: Partial<Record<Locale, string[]>> = {};
  for (const [locale, text] of texts) {
    const file = path.join(folder, `${locale}.json`);
    if (locale === entry.original) {
      if (text.translatedFrom) throw new Error(`${file} is the original: it translates nothing (no translatedFrom)`);
      continue;
    }
    const behind = outdatedTranslation(file, `${id} ${locale}`, sources, text);
    if (behind.length > 0) outdated[locale] = behind;
  }
  checkAcknowledged(entryFile, entry.outdatedTranslations, texts, sources);

  return {
    statement: {
      id,
      issued: entry.issued,
      originalLocale: entry.original,
      paragraphIds: entry.paragraphs,
      arguments: entry.arguments,
      locales: routing.locales.filter((locale) => texts.has(locale)),
      corrections: entry.corrections,
      outdated,
      acknowledgedOutdated: entry.outdatedTranslations,
    },
    texts,
  };
}

/** Reads and checks every statement under `directory`; throws, naming the file, on anything malformed. */
export function loadCollection(directory: string): Collection {
  const loaded = readdirSync(directory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => loadStatement(directory, entry.name));
  const texts = new Map(loaded.map(({statement, texts}) => [statement.id, texts]));
  const statements = loaded.map(({statement}) => statement).sort(newestFirst);
  const byId = new Map(statements.map((statement) => [statement.id, statement]));

  return {
    statements,
    get: (id) => byId.get(id),
    text(statement, locale) {
      const text = texts.get(statement.id)?.get(locale);
      if (!text) throw new Error(`${statement.id} does not exist in ${locale}`);
      return text;
    },
  };
}
