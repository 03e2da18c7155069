// npm run translations:status [-- --content <dir>]
//
// Which language versions of each statement exist, and whether each
// translation renders today's original: newest first, one column per language
// in the order of i18n/routing.ts, then the outdated messages of each
// translation. Each statement is read by the build's own loader
// (lib/content/collection.ts); one the build would refuse is listed with the
// loader's reason instead. The exit code is 1 when a statement would be
// refused, or a translation is outdated and its entry does not acknowledge it
// (CI refuses both), or an entry acknowledges what is no longer outdated.
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {
  EditorError,
  isMain,
  loadStatement,
  locales,
  newestFirst,
  run,
  STATEMENTS_DIRECTORY,
  translationDrift,
} from './project.mjs';

/** @typedef {import('../../lib/content/types.ts').Statement} Statement */
/** @typedef {import('../../i18n/routing.ts').Locale} Locale */
/** @typedef {'original' | 'translated' | 'outdated' | 'missing'} Cell */
/** @typedef {{locale: Locale} & ReturnType<typeof translationDrift>} Drift */
/** @typedef {{id: string, statement: Statement, cells: Record<Locale, Cell>, drifts: Drift[]}} Row */
/** @typedef {{id: string, problem: string}} Problem */
/** @typedef {{rows: Row[], problems: Problem[]}} Status */

/**
 * The cell of one language: original, translated (from today's original), outdated, or missing.
 * @param {Statement} statement
 * @param {Locale} locale
 * @returns {Cell}
 */
function cell(statement, locale) {
  if (locale === statement.originalLocale) return 'original';
  if (!statement.locales.includes(locale)) return 'missing';
  return translationDrift(statement, locale).outdated.length > 0 ? 'outdated' : 'translated';
}

/**
 * One statement folder: its row of the table, or why the build would refuse it.
 * @param {string} directory
 * @param {string} id
 * @returns {Row | Problem}
 */
export function statementStatus(directory, id) {
  try {
    const {statement} = loadStatement(directory, id);
    const cells = /** @type {Record<Locale, Cell>} */ (
      Object.fromEntries(locales.map((locale) => [locale, cell(statement, locale)]))
    );
    const drifts = statement.locales
      .map((locale) => ({locale, ...translationDrift(statement, locale)}))
      .filter((drift) => drift.outdated.length > 0 || drift.needlesslyAcknowledged.length > 0);
    return {id, statement, cells, drifts};
  } catch (error) {
    // The loader names the file by its full path; under the statement's own heading its name is enough.
    const message = error instanceof Error ? error.message : String(error);
    return {id, problem: message.replaceAll(path.join(directory, id) + path.sep, '')};
  }
}

/**
 * Every statement under `directory`: the sound ones newest first, as the site lists them, and the others.
 * @param {string} directory
 * @returns {Status}
 */
export function readStatus(directory) {
  if (!existsSync(directory)) throw new EditorError(`${directory} does not exist`);
  const statuses = readdirSync(directory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map((entry) => statementStatus(directory, entry.name));
  return {
    rows: statuses.filter((status) => 'cells' in status).sort((a, b) => newestFirst(a.statement, b.statement)),
    problems: statuses.filter((status) => 'problem' in status).sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** @type {(count: number, one: string, other: string) => string} */
const plural = (count, one, other) => `${count} ${count === 1 ? one : other}`;

/**
 * The table and its summary line.
 * @param {Pick<Status, 'rows'>} status
 */
export function formatStatus({rows}) {
  const idWidth = Math.max('statement'.length, ...rows.map((row) => row.id.length)) + 3;
  const cellWidth = Math.max('translated'.length, ...locales.map((locale) => locale.length)) + 2;
  /** @param {Cell} state */
  const count = (state) => rows.reduce((sum, row) => sum + locales.filter((l) => row.cells[l] === state).length, 0);
  /** @type {(first: string, cells: readonly string[]) => string} */
  const line = (first, cells) =>
    (first.padEnd(idWidth) + cells.map((cell) => cell.padEnd(cellWidth)).join('')).trimEnd();
  return [
    line('statement', locales),
    // A row's cells are in the order of locales (statementStatus).
    ...rows.map((row) => line(row.id, Object.values(row.cells))),
    '',
    `${plural(rows.length, 'statement', 'statements')} in ${plural(locales.length, 'language', 'languages')}: ` +
      `${plural(count('original'), 'original', 'originals')}, ${count('translated')} translated, ` +
      `${count('outdated')} outdated, ${count('missing')} missing`,
  ].join('\n');
}

/**
 * Each outdated translation: which messages, whether the entry publishes them knowingly, and what to do.
 * @param {Pick<Status, 'rows'>} status
 */
export function formatDrifts({rows}) {
  const lines = [];
  for (const {id, drifts} of rows) {
    for (const drift of drifts) {
      const {locale, outdated, unacknowledged, needlesslyAcknowledged} = drift;
      if (outdated.length > 0) lines.push(`  ${id} ${locale}: ${outdated.join(', ')}`);
      if (outdated.length > 0 && unacknowledged.length === 0) {
        lines.push('    published as it is, with a note at each (statement.json: outdatedTranslations)');
      }
      if (unacknowledged.length > 0) {
        lines.push(
          `    not acknowledged: ${unacknowledged.join(', ')}`,
          `    translate, then: npm run translations:accept -- ${id} ${locale} ${unacknowledged.join(' ')}`,
          `    or publish as it is, with a note: npm run translations:acknowledge -- ${id} ${locale}`,
        );
      }
      if (needlesslyAcknowledged.length > 0) {
        lines.push(
          `  ${id} ${locale}: statement.json lists as outdated what is translated from today's original: ` +
            `${needlesslyAcknowledged.join(', ')}; take it off outdatedTranslations`,
        );
      }
    }
  }
  if (lines.length === 0) return '';
  return ['Outdated translations (their original has changed since they were translated):', ...lines].join('\n');
}

/**
 * Whether any translation is outdated without the entry saying so, or the entry says so of a current one.
 * @param {Pick<Status, 'rows'>} status
 */
export function driftRefused({rows}) {
  return rows.some((row) =>
    row.drifts.some((drift) => drift.unacknowledged.length > 0 || drift.needlesslyAcknowledged.length > 0),
  );
}

/** @param {Pick<Status, 'problems'>} status */
export function formatProblems({problems}) {
  /** @param {string} text */
  const indented = (text) => text.replaceAll('\n', '\n    ');
  return [
    `${plural(problems.length, 'statement', 'statements')} the build would refuse:`,
    ...problems.flatMap(({id, problem}) => [`  ${id}`, `    ${indented(problem)}`]),
  ].join('\n');
}

/** @param {string[]} args */
export async function main(args) {
  const {values} = parseArgs({args, options: {content: {type: 'string'}}});
  const status = readStatus(path.resolve(values.content ?? STATEMENTS_DIRECTORY));
  console.log(formatStatus(status));
  const drifts = formatDrifts(status);
  if (drifts) (driftRefused(status) ? console.error : console.log)(`\n${drifts}`);
  if (status.problems.length > 0) console.error(`\n${formatProblems(status)}`);
  return status.problems.length > 0 || driftRefused(status) ? 1 : 0;
}

if (isMain(import.meta)) await run('translations:status', main);
