// npm run statement:import -- <file> --original <locale> [--id <id>] [--description <text>] [--content <dir>]
//
// Starts a statement from the letter as the association sent it (Word .docx,
// Markdown .md or text .txt): keeps the letter as received.md in the new
// statement's folder and writes the entry and the original's text with a
// proposal for everything the editor would otherwise type: the parts of the
// letter, paragraph ids, every figure and date as an argument in the format
// that writes it as the letter does, the issued date from the dateline. What
// the letter does not say stays empty or a placeholder the build refuses, as
// statement:new leaves it. A letter it cannot read, or a figure it cannot
// place, is refused with the line, and nothing is written.
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  checkStatementId,
  EditorError,
  ENTRY_FILE,
  formatJson,
  isLocale,
  isMain,
  locales,
  MAX_ID_LENGTH,
  RECEIVED_FILE,
  run,
  STATEMENTS_DIRECTORY,
} from './project.mjs';
import {load} from '../support/typescript.mjs';
import {entrySkeleton} from './statement-new.mjs';

const {importLetter} = /** @type {typeof import('../../lib/letter/import.ts')} */ (await load('lib/letter/import.ts'));
const {readLetter} = /** @type {typeof import('../../lib/letter/source.ts')} */ (await load('lib/letter/source.ts'));
const {LetterError} = /** @type {typeof import('../../lib/letter/problem.ts')} */ (await load('lib/letter/problem.ts'));
const {statementId} = /** @type {typeof import('../../lib/letter/ids.ts')} */ (await load('lib/letter/ids.ts'));

const usage =
  'usage: npm run statement:import -- <letter.docx|.md|.txt> --original <locale> [--id <id>] [--description <text>] [--content <dir>]';

/** @typedef {import('../../lib/letter/import.ts').ImportedLetter} ImportedLetter */

/** @typedef {ReturnType<typeof parseRequest>} Request */

/** @param {string[]} args */
function parseRequest(args) {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    options: {
      original: {type: 'string'},
      id: {type: 'string'},
      description: {type: 'string'},
      content: {type: 'string'},
    },
  });
  if (positionals.length !== 1) throw new EditorError(`give exactly one letter\n${usage}`);
  const [file = ''] = positionals;
  if (!existsSync(file)) throw new EditorError(`${file} does not exist`);
  const {original, id} = values;
  if (original === undefined) throw new EditorError(`say which language the letter is written in\n${usage}`);
  if (!isLocale(original)) {
    throw new EditorError(`--original ${original} is not a language of the site: ${locales.join(', ')}`);
  }
  if (id !== undefined) checkStatementId(id);
  // What search results and link previews say of it: the editor's words, no letter has them.
  const description = values.description?.trim() ?? '';
  return {file, original, id, description, contentDirectory: path.resolve(values.content ?? STATEMENTS_DIRECTORY)};
}

/**
 * The statement's id: the one given, else its issued month and its title's words.
 * @param {Request} request
 * @param {ImportedLetter} letter
 */
function idOf(request, letter) {
  if (request.id !== undefined) return request.id;
  const words = statementId('', letter.parts.title, MAX_ID_LENGTH - 8);
  if (!letter.dateline) {
    throw new EditorError(
      'the letter has no dateline, so the year and month that begin its id are not known: ' +
        `give them with --id, e.g. --id YYYY-MM-${words}`,
    );
  }
  const id = statementId(letter.dateline.issued.slice(0, 7), letter.parts.title, MAX_ID_LENGTH);
  checkStatementId(id);
  return id;
}

/**
 * statement.json: the letter's date, if it gives one, its paragraphs and their figures and dates.
 * @param {ImportedLetter} letter
 * @param {import('../../i18n/routing.ts').Locale} original
 */
export function entryOf(letter, original) {
  return {
    ...entrySkeleton({original, issued: letter.dateline?.issued}),
    paragraphs: letter.paragraphs.map(({id}) => id),
    arguments: Object.fromEntries(letter.arguments.map(({name, value}) => [name, value])),
  };
}

/**
 * <original>.json: the letter's words; the description, which no letter has, the editor's (--description) or empty.
 * @param {ImportedLetter} letter
 * @param {string} [description]
 */
export function textOf(letter, description = '') {
  const {title, closing, signatory, association} = letter.parts;
  return {
    title,
    description,
    paragraphs: Object.fromEntries(letter.paragraphs.map(({id, message}) => [id, message])),
    closing,
    signatory,
    association,
  };
}

/**
 * Writes the folder whole or not at all: into a hidden folder beside it, then renamed.
 * @param {string} folder
 * @param {Record<string, string>} files
 */
function writeFolder(folder, files) {
  const staging = path.join(path.dirname(folder), `.${path.basename(folder)}.importing-${process.pid}`);
  mkdirSync(staging);
  try {
    for (const [name, content] of Object.entries(files)) writeFileSync(path.join(staging, name), content, {flag: 'wx'});
    // Checked again: another command may have made the folder since.
    if (existsSync(folder)) throw new EditorError(`${folder} already exists`);
    renameSync(staging, folder);
  } finally {
    rmSync(staging, {recursive: true, force: true});
  }
}

/**
 * What was recognised, what was not, and what to do next.
 * @param {string} id
 * @param {string} original
 * @param {ImportedLetter} letter
 * @param {string} folder
 * @param {boolean} described
 */
function report(id, original, letter, folder, described) {
  const {parts} = letter;
  const shown = path.relative(process.cwd(), folder) || '.';
  /** @param {string} label @param {string} value */
  const part = (label, value) => (value ? [`  ${label.padEnd(12)} ${value}`] : []);
  const missing = [
    ...(letter.dateline ? [] : ['a dateline: "issued" is a placeholder (the day, or the month with an issuedNote)']),
    ...(letter.dateline?.issued.length === 7 ? ['the day of the dateline: write the "issuedNote"'] : []),
    ...['closing', 'signatory', 'association'].flatMap((name) =>
      parts[/** @type {'closing' | 'signatory' | 'association'} */ (name)] ? [] : [`the ${name}`],
    ),
    ...letter.arguments
      .filter(({yearUnknown}) => yearUnknown)
      .map(({name, written}) => `the year of "${written}" (${name}): the letter gives none`),
    ...(described
      ? []
      : [
          'the description (no letter has one): one or two sentences for search results and link previews;',
          `  import again with --description "…", or write it in ${original}.json`,
        ]),
  ];
  return [
    `Imported statement ${id}, written in ${original}, into ${shown}/ (${RECEIVED_FILE}, ${ENTRY_FILE}, ${original}.json).`,
    '',
    'Recognised:',
    ...part('dateline', letter.dateline ? `${letter.dateline.line} (issued ${letter.dateline.issued})` : ''),
    ...part('title', parts.title),
    `  paragraphs   ${parts.paragraphs.length}${letter.joined ? ` (${letter.joined} cut by a page break, joined)` : ''}: ${letter.paragraphs.map(({id: paragraph}) => paragraph).join(', ')}`,
    ...part('closing', parts.closing),
    ...part('signatory', parts.signatory),
    ...part('association', parts.association),
    ...part('contact', parts.contact.length ? `${parts.contact.length} lines` : ''),
    `  figures and dates: ${letter.arguments.length}`,
    ...letter.arguments.map(
      ({written, placeholder, value}) =>
        `    ${JSON.stringify(written)} -> ${placeholder}, ${typeof value === 'number' ? value : value.date}`,
    ),
    '',
    'Not in the letter, left for you:',
    ...(missing.length > 0 ? missing.map((line) => `  ${line}`) : ['  nothing']),
    '',
    'Next steps (docs/publishing.md explains each):',
    `  1. Read ${shown}/${ENTRY_FILE} and ${original}.json: rename the paragraph ids and arguments if better names`,
    '     come to mind (an id is an address: choose it now), and fill in what is left for you above.',
    `  2. Translate: npm run translation:export -- ${id} <locale>, then npm run translation:import -- <file>.`,
    '  3. Check: npm run translations:status, then npm run test:unit (the original against the letter, word for word).',
  ].join('\n');
}

/**
 * The statement already imported from this very letter, if one was.
 * @param {string} directory
 * @param {string} received
 */
function sameLetterIn(directory, received) {
  return readdirSync(directory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .find((id) => {
      const file = path.join(directory, id, RECEIVED_FILE);
      return existsSync(file) && readFileSync(file, 'utf8') === received;
    });
}

/** @param {string[]} args */
export async function main(args) {
  const request = parseRequest(args);
  if (!existsSync(request.contentDirectory)) throw new EditorError(`${request.contentDirectory} does not exist`);
  let letter;
  try {
    letter = importLetter(await readLetter(request.file), request.original);
  } catch (error) {
    if (error instanceof LetterError) throw new EditorError(`${request.file}: nothing written.\n${error.message}`);
    throw error;
  }
  const id = idOf(request, letter);
  const folder = path.join(request.contentDirectory, id);
  if (existsSync(folder)) {
    throw new EditorError(
      `${folder} already exists: statement ${id} has been started. To import its letter again, delete that folder ` +
        'first (nothing of it is published until it is committed); for another statement, give it its own --id.',
    );
  }
  const sameLetter = sameLetterIn(request.contentDirectory, letter.received);
  writeFolder(folder, {
    [RECEIVED_FILE]: letter.received,
    [ENTRY_FILE]: await formatJson(entryOf(letter, request.original)),
    [`${request.original}.json`]: await formatJson(textOf(letter, request.description)),
  });
  console.log(report(id, request.original, letter, folder, request.description !== ''));
  if (sameLetter) console.error(`\nNote: statement ${sameLetter} was imported from the same letter, word for word.`);
  return 0;
}

if (isMain(import.meta)) await run('statement:import', main);
