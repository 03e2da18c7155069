// npm run translation:export -- <id> <locale> [--content <dir>] [--out <file>]
//
// Writes a statement's translation into <locale> as an XLIFF 2.0 file for a
// translator's CAT tool (OmegaT, Trados, memoQ, Weblate): one unit per message,
// the original as source, the translation so far as target, the figures and
// dates as protected placeholders, the glossary's terms as notes
// (lib/translation/xliff.ts). Without --out, to <id>.<locale>.xlf in the
// current folder. translation:import reads it back.
import {existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  EditorError,
  ENTRY_FILE,
  exportFile,
  GLOSSARY_FILE,
  isMain,
  isLocale,
  locales,
  parseEntry,
  parseText,
  readGlossary,
  readJson,
  run,
  STATEMENTS_DIRECTORY,
  writeXliff,
} from './project.mjs';

const usage = 'usage: npm run translation:export -- <id> <locale> [--content <dir>] [--out <file>]';

/**
 * The XLIFF of statement `id` under `directory` for a translation into `locale`.
 * @param {string} directory
 * @param {string} id
 * @param {string} locale
 * @returns {string}
 */
export function exportXliff(directory, id, locale) {
  const entryFile = path.join(directory, id, ENTRY_FILE);
  if (!existsSync(entryFile)) throw new EditorError(`${entryFile} does not exist: no statement ${id}`);
  const entry = parseEntry(entryFile, readJson(entryFile));
  if (!isLocale(locale)) throw new EditorError(`${locale} is not a language of the site: ${locales.join(', ')}`);
  if (locale === entry.original)
    throw new EditorError(`${locale} is the original of ${id}: there is nothing to translate`);
  /** @param {string} language */
  const text = (language) => {
    const file = path.join(directory, id, `${language}.json`);
    return existsSync(file) ? parseText(file, readJson(file), entry) : undefined;
  };
  const original = text(entry.original);
  if (!original) throw new EditorError(`${id} has no ${entry.original}.json, its original`);
  return writeXliff(
    exportFile({
      id,
      originalLocale: entry.original,
      locale,
      arguments: entry.arguments,
      original,
      translation: text(locale),
      glossary: readGlossary(GLOSSARY_FILE),
    }),
  );
}

/**
 * @param {string[]} args
 * @returns {Promise<number>}
 */
export async function main(args) {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {content: {type: 'string'}, out: {type: 'string'}},
  });
  const [id, locale, ...rest] = positionals;
  if (id === undefined || locale === undefined || rest.length > 0) throw new EditorError(usage);
  const xliff = exportXliff(path.resolve(values.content ?? STATEMENTS_DIRECTORY), id, locale);
  const out = path.resolve(values.out ?? `${id}.${locale}.xlf`);
  writeFileSync(out, xliff);
  console.log(
    `${out}: ${id}, ${locale}, XLIFF 2.0 for a CAT tool; bring it back with npm run translation:import -- ${path.relative(process.cwd(), out)}`,
  );
  return 0;
}

if (isMain(import.meta)) await run('translation:export', main);
