// What the editor's commands share about the content folders. The build's own
// reading of them is lib/content/ (TypeScript, which plain Node cannot import);
// the little repeated here is kept equal to it by tests/unit/editor-locales.test.ts.
import {readFileSync, realpathSync} from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const STATEMENTS_DIRECTORY = path.join(ROOT, 'messages', 'statements');
export const ORIGINALS_DIRECTORY = path.join(ROOT, 'tests', 'fixtures', 'originals');

/** lib/content/collection.ts: ENTRY_FILE. */
export const ENTRY_FILE = 'statement.json';

/** lib/content/entry.ts: statementIdPattern, and the length loadCollection allows. */
export const statementIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_ID_LENGTH = 100;

/** lib/content/entry.ts: the `issued` of an entry, a day or a month. */
export const issuedPattern = /^\d{4}-\d{2}(?:-\d{2})?$/;

/** A day or month that exists on the calendar (no 2023-02-30), as lib/content/entry.ts checks it. */
export function isCalendarDate(iso) {
  const [year, month, day = 1] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day;
}

/** A message that is shown to the editor as it is, without a stack trace. */
export class EditorError extends Error {}

/** Parsed JSON, or an EditorError naming the file. */
export function readJson(file) {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new EditorError(`${file} cannot be read (${error.code ?? error.message})`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new EditorError(`${file} is not valid JSON (${error.message})`);
  }
}

/** Runs a command's main, printing an EditorError as a plain message; non-zero exit on any error. */
export async function run(command, main) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(
      error instanceof EditorError || error.code?.startsWith('ERR_PARSE_ARGS') ? `${command}: ${error.message}` : error,
    );
    process.exitCode = 1;
  }
}

/** Whether the module is the command Node was started with (not imported by another). */
export function isMain(importMeta) {
  // The real path on both sides: a project reached through a symbolic link must still run.
  return process.argv[1] !== undefined && realpathSync(process.argv[1]) === importMeta.filename;
}
