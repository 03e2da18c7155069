// npm run translation:import -- <file> [--content <dir>]
//
// Reads a translated XLIFF 2.0 file (written by translation:export, translated
// in a CAT tool) back into messages/statements/<id>/<locale>.json, the
// statement and language being the file's, and records that it translates
// today's original as translations:accept --all does. Refuses, writing
// nothing, a file that is not XLIFF 2.0, that is for another original or
// statement, whose units are not the statement's messages, whose source has
// changed since the export, with a unit not translated, or whose placeholders
// differ from the original's; every problem is named with its unit.
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  currentSources,
  EditorError,
  ENTRY_FILE,
  formatJson,
  importMessages,
  isMain,
  isLocale,
  locales,
  messagesOf,
  parseEntry,
  parseText,
  readJson,
  readXliff,
  run,
  STATEMENTS_DIRECTORY,
  statementIdPattern,
  translationJson,
  XliffError,
} from './project.mjs';
import {recordAccepted} from './translations-accept.mjs';

const usage = 'usage: npm run translation:import -- <file> [--content <dir>]';

/**
 * The file's XLIFF, or an EditorError naming the file and what is wrong with it.
 * @param {string} file
 */
function readFile(file) {
  if (!existsSync(file)) throw new EditorError(`${file} does not exist`);
  try {
    return readXliff(readFileSync(file, 'utf8'));
  } catch (error) {
    if (error instanceof XliffError) throw new EditorError(`${file}: ${/** @type {Error} */ (error).message}`);
    throw error;
  }
}

/**
 * Whether a message was outdated (its original changed since it was translated) and comes back as it was: the
 * translator left it, so it stays outdated, as translations:status says, rather than being recorded as translated
 * from today's original. (translations:accept records it when it needs no change.)
 * @param {string} key
 * @param {Map<string, string>} messages
 * @param {{file: string, json: Record<string, unknown>, entry: import('../../lib/content/entry').Entry} | undefined} existing
 * @param {import('../../lib/content/types').StatementText} original
 * @returns {boolean}
 */
function leftOutdated(key, messages, existing, original) {
  if (existing === undefined) return false;
  const recorded = /** @type {Record<string, string> | undefined} */ (existing.json.translatedFrom)?.[key];
  if (recorded === undefined || recorded === currentSources(original)[key]) return false;
  let before;
  try {
    before = messagesOf(parseText(existing.file, existing.json, existing.entry)).get(key);
  } catch {
    return false;
  }
  return before === messages.get(key);
}

/**
 * Checks the translated file and writes the translation's JSON, and the entry's if it changes; nothing on any error.
 * @param {string} file
 * @param {string} directory
 * @returns {Promise<{id: string, locale: string, translationFile: string, created: boolean, outdated: string[]}>}
 */
export async function importXliff(file, directory) {
  const xliff = readFile(file);
  const id = xliff.fileId;
  if (!statementIdPattern.test(id) || !existsSync(path.join(directory, id, ENTRY_FILE))) {
    throw new EditorError(`${file} is for statement "${id}", which ${directory} does not have`);
  }
  const entryFile = path.join(directory, id, ENTRY_FILE);
  const entryJson = /** @type {Record<string, unknown>} */ (readJson(entryFile));
  const entry = parseEntry(entryFile, entryJson);
  const locale = xliff.trgLang;
  if (!isLocale(locale)) {
    throw new EditorError(
      `${file}: its target language ${locale} is not a language of the site: ${locales.join(', ')}`,
    );
  }
  if (locale === entry.original)
    throw new EditorError(`${file}: ${locale} is the original of ${id}, not a translation`);
  const originalFile = path.join(directory, id, `${entry.original}.json`);
  const originalJson = /** @type {Record<string, unknown>} */ (readJson(originalFile));
  const original = parseText(originalFile, originalJson, entry);
  let messages;
  try {
    messages = importMessages(xliff, {
      id,
      originalLocale: entry.original,
      locale,
      arguments: entry.arguments,
      original,
    });
  } catch (error) {
    if (error instanceof XliffError)
      throw new EditorError(`${file}:\n  ${/** @type {Error} */ (error).message.replaceAll('\n', '\n  ')}`);
    throw error;
  }
  const translationFile = path.join(directory, id, `${locale}.json`);
  const created = !existsSync(translationFile);
  // A new translation takes the original's members, in their order, without what only a translation has.
  /** @type {Record<string, unknown>} */
  const base = created
    ? {...originalJson, translatedFrom: undefined}
    : /** @type {Record<string, unknown>} */ (readJson(translationFile));
  const keys = [...messages.keys()];
  const existing = created ? undefined : {file: translationFile, json: base, entry};
  const accepted = recordAccepted(
    {original, messages: keys, entryJson, translationJson: translationJson(base, messages)},
    locale,
    keys.filter((key) => !leftOutdated(key, messages, existing, original)),
  );
  // The build's own check of the file, before anything is written.
  parseText(translationFile, accepted.translationJson, entry);
  /** @type {[string, string][]} */
  const writes = [[translationFile, await formatJson(accepted.translationJson)]];
  if (JSON.stringify(accepted.entryJson) !== JSON.stringify(entryJson)) {
    writes.push([entryFile, await formatJson(accepted.entryJson)]);
  }
  for (const [target, text] of writes) writeFileSync(target, text);
  return {id, locale, translationFile, created, outdated: accepted.outdated};
}

/**
 * @param {string[]} args
 * @returns {Promise<number>}
 */
export async function main(args) {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: {content: {type: 'string'}}});
  const [file, ...rest] = positionals;
  if (file === undefined || rest.length > 0) throw new EditorError(usage);
  const {id, locale, translationFile, created, outdated} = await importXliff(
    path.resolve(file),
    path.resolve(values.content ?? STATEMENTS_DIRECTORY),
  );
  console.log(`${translationFile}: ${created ? 'written' : 'updated'}`);
  if (outdated.length === 0) console.log(`${id} ${locale} translates today's original.`);
  else {
    console.log(
      `still outdated, as they were (their original has changed): ${outdated.join(', ')}\n` +
        `translate them, or if they need no change: npm run translations:accept -- ${id} ${locale} ${outdated.join(' ')}`,
    );
  }
  return 0;
}

if (isMain(import.meta)) await run('translation:import', main);
