// npm run translations:accept -- <id> <locale> <message>… | --all [--content <dir>]
//
// After translating (or re-reading) messages of a translation, records that
// they render today's original: writes the original messages' source hashes
// into the translation's `translatedFrom` (lib/content/sources.ts) and takes
// them off the entry's `outdatedTranslations`. `--all` accepts every message,
// for a new translation. Messages are named as translations:status names them:
// `title`, `paragraphs.appeal`, `corrections.2025-06-02`.
import path from 'node:path';
import {parseArgs} from 'node:util';
import {currentSources, EditorError, isMain, outdatedMessages, run, STATEMENTS_DIRECTORY} from './project.mjs';
import {namedMessages, openTranslation, withAcknowledged, writeJson} from './translation-files.mjs';

const usage = 'usage: npm run translations:accept -- <id> <locale> <message>… | --all [--content <dir>]';

/**
 * The translation's and the entry's JSON once `keys` are recorded as translated
 * from today's original (translation:import records a whole file the same way).
 * @param {{original: import('../../lib/content/types').StatementText, messages: string[], entryJson: Record<string, unknown>, translationJson: Record<string, unknown>}} files
 * @param {string} locale
 * @param {string[]} keys
 */
export function recordAccepted(files, locale, keys) {
  const sources = currentSources(files.original);
  /** @type {Record<string, string>} */
  const previous = /** @type {Record<string, string> | undefined} */ (files.translationJson.translatedFrom) ?? {};
  // In the order of the original's messages, whatever order they were accepted in.
  const translatedFrom = Object.fromEntries(
    files.messages.flatMap((key) => {
      const hash = keys.includes(key) ? sources[key] : previous[key];
      return hash === undefined ? [] : [/** @type {const} */ ([key, hash])];
    }),
  );
  /** @param {string[]} listed */
  const stillOutdated = (listed) => listed.filter((key) => !keys.includes(key));
  const entryJson = withAcknowledged(files.entryJson, locale, stillOutdated);
  const unpinned = files.messages.filter((key) => !(key in translatedFrom));
  /** @type {string[]} */
  const outdated = outdatedMessages(sources, translatedFrom).filter(
    (/** @type {string} */ key) => !unpinned.includes(key),
  );
  return {translationJson: {...files.translationJson, translatedFrom}, entryJson, outdated, unpinned};
}

/**
 * Records the messages as translated from today's original; returns them and what is still outdated.
 * @param {string} directory
 * @param {string} id
 * @param {string} locale
 * @param {string[]} requested
 */
export async function accept(directory, id, locale, requested, all = false) {
  const files = openTranslation(directory, id, locale);
  if (all === requested.length > 0) throw new EditorError(`name the messages you translated, or give --all\n${usage}`);
  const keys = all ? files.messages : namedMessages(requested, files.messages, id);
  const {translationJson, entryJson, outdated, unpinned} = recordAccepted(files, locale, keys);
  await writeJson(files.translationFile, translationJson);
  if (JSON.stringify(entryJson) !== JSON.stringify(files.entryJson)) await writeJson(files.entryFile, entryJson);
  return {keys, outdated, unpinned};
}

/** @param {string[]} args */
export async function main(args) {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {all: {type: 'boolean', default: false}, content: {type: 'string'}},
  });
  const [id, locale, ...requested] = positionals;
  if (id === undefined || locale === undefined) throw new EditorError(usage);
  const directory = path.resolve(values.content ?? STATEMENTS_DIRECTORY);
  const {keys, outdated, unpinned} = await accept(directory, id, locale, requested, values.all);
  console.log(
    `${id} ${locale}: ${keys.length} ${keys.length === 1 ? 'message' : 'messages'} translated from today's original`,
  );
  if (unpinned.length > 0) console.log(`not yet accepted: ${unpinned.join(', ')}`);
  else if (outdated.length > 0) console.log(`still outdated: ${outdated.join(', ')}`);
  else console.log(`${locale} renders today's original.`);
  return 0;
}

if (isMain(import.meta)) await run('translations:accept', main);
