// What translations:accept and translations:acknowledge share: one statement's
// files, read with the build's own parsers but without its last check (that
// every translation records the version of its original), since recording it
// is what these commands are for; and writing them back as `npm run lint` wants.
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {EditorError, ENTRY_FILE, formatJson, messagesOf, parseEntry, parseText, readJson} from './project.mjs';

// The files as read; parseEntry and parseText have checked what these types say.
/** @typedef {{outdatedTranslations?: Record<string, string[]>} & Record<string, unknown>} EntryJson */
/** @typedef {{translatedFrom?: Record<string, string>} & Record<string, unknown>} TranslationJson */

/**
 * The statement `id` under `directory`, its original and the translation into `locale`, as files and parsed.
 * @param {string} directory
 * @param {string} id
 * @param {string} locale
 */
export function openTranslation(directory, id, locale) {
  const folder = path.join(directory, id);
  const entryFile = path.join(folder, ENTRY_FILE);
  if (!existsSync(entryFile)) throw new EditorError(`${entryFile} does not exist: no statement ${id}`);
  const entryJson = /** @type {EntryJson} */ (readJson(entryFile));
  const entry = parseEntry(entryFile, entryJson);
  if (locale === entry.original) {
    throw new EditorError(`${locale} is the original of ${id}: only a translation records what it translates`);
  }
  const translationFile = path.join(folder, `${locale}.json`);
  if (!existsSync(translationFile)) throw new EditorError(`${translationFile} does not exist: ${id} has no ${locale}`);
  const originalFile = path.join(folder, `${entry.original}.json`);
  const original = parseText(originalFile, readJson(originalFile), entry);
  const translationJson = /** @type {TranslationJson} */ (readJson(translationFile));
  parseText(translationFile, translationJson, entry);
  return {entryFile, entryJson, translationFile, translationJson, original, messages: [...messagesOf(original).keys()]};
}

/**
 * The messages named on the command line, each checked against the original's.
 * @param {string[]} requested
 * @param {string[]} messages
 * @param {string} id
 */
export function namedMessages(requested, messages, id) {
  const unknown = requested.filter((key) => !messages.includes(key));
  if (unknown.length > 0) {
    throw new EditorError(`${id} has no message ${unknown.join(', ')}; its messages are:\n  ${messages.join('\n  ')}`);
  }
  return requested;
}

/**
 * The entry's list of outdated messages it publishes for `locale`, with `keys` added or removed.
 * @param {EntryJson} entryJson
 * @param {string} locale
 * @param {(listed: string[]) => string[]} update
 * @returns {EntryJson}
 */
export function withAcknowledged(entryJson, locale, update) {
  const {outdatedTranslations = {}, ...rest} = entryJson;
  const keys = update(outdatedTranslations[locale] ?? []);
  const next = {...outdatedTranslations, [locale]: keys};
  if (keys.length === 0) delete next[locale];
  return Object.keys(next).length > 0 ? {...rest, outdatedTranslations: next} : rest;
}

/**
 * @param {string} file
 * @param {unknown} value
 */
export async function writeJson(file, value) {
  writeFileSync(file, await formatJson(value));
}
