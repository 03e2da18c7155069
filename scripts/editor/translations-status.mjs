// npm run translations:status [-- --content <dir>]
//
// Which language versions of each statement exist: newest first, one column
// per language in the order of i18n/routing.ts. A statement the build would
// refuse for a reason visible from here (a file that does not read, no entry,
// no original, a translation whose paragraphs are not those of the entry, a
// text left empty) is listed with its problem instead, and the exit code is 1.
// The full check of the content is still `npm run test:unit`.
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  EditorError,
  ENTRY_FILE,
  isCalendarDate,
  isMain,
  issuedPattern,
  MAX_ID_LENGTH,
  readJson,
  run,
  STATEMENTS_DIRECTORY,
  statementIdPattern,
} from './content.mjs';
import {readLocales} from './locales.mjs';

const TEXT_FIELDS = ['title', 'description', 'closing', 'signatory', 'association'];

const isObject = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const isText = (value) => typeof value === 'string' && value.trim() !== '';

/** What keeps a language file from being published with its entry's paragraphs. */
function textProblems(file, paragraphIds) {
  const text = readJson(file);
  const name = path.basename(file);
  if (!isObject(text)) return [`${name} is not a JSON object`];
  const paragraphs = isObject(text.paragraphs) ? text.paragraphs : {};
  const keys = Object.keys(paragraphs);
  const problems = [];
  const empty = [
    ...TEXT_FIELDS.filter((field) => !isText(text[field])),
    ...keys.filter((key) => !isText(paragraphs[key])).map((key) => `paragraphs.${key}`),
  ];
  if (empty.length > 0) problems.push(`${name}: not yet written: ${empty.join(', ')}`);
  const missing = paragraphIds.filter((id) => !keys.includes(id));
  if (missing.length > 0) problems.push(`${name}: paragraphs of statement.json it lacks: ${missing.join(', ')}`);
  const extra = keys.filter((key) => !paragraphIds.includes(key));
  if (extra.length > 0) problems.push(`${name}: paragraphs not in statement.json: ${extra.join(', ')}`);
  return problems;
}

/** What is wrong with the entry itself, as far as the table depends on it. */
function entryProblems(entry, locales) {
  if (!isObject(entry)) return [`${ENTRY_FILE} is not a JSON object`];
  const problems = [];
  const {issued} = entry;
  if (!(typeof issued === 'string' && issuedPattern.test(issued) && isCalendarDate(issued))) {
    problems.push(
      `${ENTRY_FILE}: "issued" is not yet a day (YYYY-MM-DD) or month (YYYY-MM): ${JSON.stringify(issued)}`,
    );
  } else if (issued.length === 7 && !isText(entry.issuedNote)) {
    problems.push(`${ENTRY_FILE}: "issuedNote" must say why only the month ${issued} is given`);
  }
  if (!locales.includes(entry.original)) {
    problems.push(`${ENTRY_FILE}: "original" is not one of ${locales.join(', ')}: ${JSON.stringify(entry.original)}`);
  }
  if (!hasParagraphIds(entry)) problems.push(`${ENTRY_FILE}: "paragraphs" is not a list of paragraph ids`);
  return problems;
}

const hasParagraphIds = (entry) =>
  Array.isArray(entry.paragraphs) && entry.paragraphs.length > 0 && entry.paragraphs.every(isText);

/** One statement folder: its row of the table, or everything found wrong with it. */
export function statementStatus(directory, id, locales) {
  const folder = path.join(directory, id);
  if (!statementIdPattern.test(id) || id.length > MAX_ID_LENGTH) {
    return {id, problems: ['the folder name is not a statement id (lowercase ASCII words joined by hyphens)']};
  }
  const problems = [];
  // An unreadable file is one more problem of the statement, named by its own name (the statement is named above).
  const attempt = (check) => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof EditorError)) throw error;
      problems.push(error.message.replaceAll(folder + path.sep, ''));
    }
  };
  const entryFile = path.join(folder, ENTRY_FILE);
  if (!existsSync(entryFile)) return {id, problems: [`${ENTRY_FILE} is missing`]};
  const entry = attempt(() => readJson(entryFile));
  if (entry === undefined) return {id, problems};
  problems.push(...entryProblems(entry, locales));

  const files = new Set(readdirSync(folder));
  const unexpected = [...files].filter((name) => name !== ENTRY_FILE && !locales.some((l) => name === `${l}.json`));
  if (unexpected.length > 0) problems.push(`unexpected files: ${unexpected.join(', ')}`);
  if (locales.includes(entry.original) && !files.has(`${entry.original}.json`)) {
    problems.push(`the original, ${entry.original}.json, is missing`);
  }
  const cells = {};
  for (const locale of locales) {
    const present = files.has(`${locale}.json`);
    if (present && hasParagraphIds(entry)) {
      attempt(() => problems.push(...textProblems(path.join(folder, `${locale}.json`), entry.paragraphs)));
    }
    cells[locale] = locale === entry.original ? 'original' : present ? 'translated' : 'missing';
  }
  return problems.length > 0 ? {id, problems} : {id, issued: entry.issued, cells};
}

const dayOf = (issued) => new Date(`${issued.length === 7 ? `${issued}-01` : issued}T00:00:00Z`).getTime();

/** Every statement under `directory`: the sound ones newest first (as lib/content/collection.ts orders them), and the others. */
export function readStatus(directory, locales) {
  if (!existsSync(directory)) throw new EditorError(`${directory} does not exist`);
  const statuses = readdirSync(directory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => statementStatus(directory, entry.name, locales));
  return {
    rows: statuses
      .filter((status) => status.cells)
      .sort((a, b) => dayOf(b.issued) - dayOf(a.issued) || a.id.localeCompare(b.id)),
    problems: statuses.filter((status) => status.problems).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

const plural = (count, one, other) => `${count} ${count === 1 ? one : other}`;

/** The table and its summary line. */
export function formatStatus({rows}, locales) {
  const idWidth = Math.max('statement'.length, ...rows.map((row) => row.id.length)) + 3;
  const cellWidth = Math.max('translated'.length, ...locales.map((locale) => locale.length)) + 2;
  const line = (first, cells) =>
    (first.padEnd(idWidth) + cells.map((cell) => cell.padEnd(cellWidth)).join('')).trimEnd();
  const count = (state) => rows.reduce((sum, row) => sum + locales.filter((l) => row.cells[l] === state).length, 0);
  return [
    line('statement', locales),
    ...rows.map((row) =>
      line(
        row.id,
        locales.map((locale) => row.cells[locale]),
      ),
    ),
    '',
    `${plural(rows.length, 'statement', 'statements')} in ${plural(locales.length, 'language', 'languages')}: ` +
      `${plural(count('original'), 'original', 'originals')}, ${count('translated')} translated, ${count('missing')} missing`,
  ].join('\n');
}

export function formatProblems({problems}) {
  return [
    `${plural(problems.length, 'statement', 'statements')} with problems (npm run test:unit gives the full check):`,
    ...problems.flatMap(({id, problems}) => [`  ${id}`, ...problems.map((problem) => `    ${problem}`)]),
  ].join('\n');
}

export async function main(args) {
  const {values} = parseArgs({args, options: {content: {type: 'string'}}});
  const locales = readLocales();
  const status = readStatus(path.resolve(values.content ?? STATEMENTS_DIRECTORY), locales);
  console.log(formatStatus(status, locales));
  if (status.problems.length === 0) return 0;
  console.error(`\n${formatProblems(status)}`);
  return 1;
}

if (isMain(import.meta)) await run('translations:status', main);
