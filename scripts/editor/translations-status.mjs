// npm run translations:status [-- --content <dir>]
//
// Which language versions of each statement exist: newest first, one column
// per language in the order of i18n/routing.ts. Each statement is read by the
// build's own loader (lib/content/collection.ts); one the build would refuse
// is listed with the loader's reason instead, and the exit code is 1.
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {EditorError, isMain, loadStatement, locales, newestFirst, run, STATEMENTS_DIRECTORY} from './project.mjs';

/** One statement folder: its row of the table, or why the build would refuse it. */
export function statementStatus(directory, id) {
  try {
    const {statement} = loadStatement(directory, id);
    const cells = Object.fromEntries(
      locales.map((locale) => [
        locale,
        locale === statement.originalLocale
          ? 'original'
          : statement.locales.includes(locale)
            ? 'translated'
            : 'missing',
      ]),
    );
    return {id, statement, cells};
  } catch (error) {
    // The loader names the file by its full path; under the statement's own heading its name is enough.
    return {id, problem: error.message.replaceAll(path.join(directory, id) + path.sep, '')};
  }
}

/** Every statement under `directory`: the sound ones newest first, as the site lists them, and the others. */
export function readStatus(directory) {
  if (!existsSync(directory)) throw new EditorError(`${directory} does not exist`);
  const statuses = readdirSync(directory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => statementStatus(directory, entry.name));
  return {
    rows: statuses.filter((status) => status.cells).sort((a, b) => newestFirst(a.statement, b.statement)),
    problems: statuses.filter((status) => status.problem).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

const plural = (count, one, other) => `${count} ${count === 1 ? one : other}`;

/** The table and its summary line. */
export function formatStatus({rows}) {
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
  const indented = (text) => text.replaceAll('\n', '\n    ');
  return [
    `${plural(problems.length, 'statement', 'statements')} the build would refuse:`,
    ...problems.flatMap(({id, problem}) => [`  ${id}`, `    ${indented(problem)}`]),
  ].join('\n');
}

export async function main(args) {
  const {values} = parseArgs({args, options: {content: {type: 'string'}}});
  const status = readStatus(path.resolve(values.content ?? STATEMENTS_DIRECTORY));
  console.log(formatStatus(status));
  if (status.problems.length === 0) return 0;
  console.error(`\n${formatProblems(status)}`);
  return 1;
}

if (isMain(import.meta)) await run('translations:status', main);
