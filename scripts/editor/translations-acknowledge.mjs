// npm run translations:acknowledge -- <id> <locale> [<message>…] [--content <dir>]
//
// Publishes outdated messages of a translation as they are, until they are
// translated again: lists them under `outdatedTranslations` in the entry, which
// lets CI pass; each page shows a note at them that the original has changed.
// Without messages, every outdated message of that translation.
import path from 'node:path';
import {parseArgs} from 'node:util';
import {currentSources, EditorError, isMain, outdatedMessages, run, STATEMENTS_DIRECTORY} from './project.mjs';
import {namedMessages, openTranslation, withAcknowledged, writeJson} from './translation-files.mjs';

const usage = 'usage: npm run translations:acknowledge -- <id> <locale> [<message>…] [--content <dir>]';

/**
 * Lists the messages as knowingly published outdated; returns them.
 * @param {string} directory
 * @param {string} id
 * @param {string} locale
 * @param {string[]} requested
 */
export async function acknowledge(directory, id, locale, requested) {
  const files = openTranslation(directory, id, locale);
  const outdated = outdatedMessages(currentSources(files.original), files.translationJson.translatedFrom ?? {});
  const keys = requested.length > 0 ? namedMessages(requested, files.messages, id) : outdated;
  const current = keys.filter((key) => !outdated.includes(key));
  if (current.length > 0) throw new EditorError(`${locale} already renders today's original of ${current.join(', ')}`);
  if (keys.length === 0) throw new EditorError(`${id} ${locale} renders today's original: nothing is outdated`);
  await writeJson(
    files.entryFile,
    withAcknowledged(files.entryJson, locale, (listed) =>
      files.messages.filter((key) => listed.includes(key) || keys.includes(key)),
    ),
  );
  return keys;
}

/** @param {string[]} args */
export async function main(args) {
  const {values, positionals} = parseArgs({args, allowPositionals: true, options: {content: {type: 'string'}}});
  const [id, locale, ...requested] = positionals;
  if (id === undefined || locale === undefined) throw new EditorError(usage);
  const keys = await acknowledge(path.resolve(values.content ?? STATEMENTS_DIRECTORY), id, locale, requested);
  console.log(
    `${id} ${locale}: published as it is, with a note that the original has changed, at ${keys.join(', ')}\n` +
      `once translated again: npm run translations:accept -- ${id} ${locale} ${keys.join(' ')}`,
  );
  return 0;
}

if (isMain(import.meta)) await run('translations:acknowledge', main);
