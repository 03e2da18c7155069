// What the editor's commands share. They read the content with the site's own
// TypeScript (lib/content/, i18n/routing.ts), loaded through jiti, so a
// statement they accept is one the build accepts: the rules exist once.
import {realpathSync} from 'node:fs';
import path from 'node:path';
import {createJiti} from 'jiti';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const STATEMENTS_DIRECTORY = path.join(ROOT, 'messages', 'statements');
export const ORIGINALS_DIRECTORY = path.join(ROOT, 'tests', 'fixtures', 'originals');

// The `@/` paths of tsconfig.json.
const jiti = createJiti(import.meta.url, {alias: {'@': ROOT}});
const load = (file) => jiti.import(path.join(ROOT, file));

/** @type {{routing: {locales: string[]}}} */
const {routing} = await load('i18n/routing.ts');
export const locales = [...routing.locales];
export const {ENTRY_FILE, loadStatement, newestFirst} = await load('lib/content/collection.ts');
export const {MAX_ID_LENGTH, isIssuedDate, statementIdPattern} = await load('lib/content/entry.ts');

/** A message that is shown to the editor as it is, without a stack trace. */
export class EditorError extends Error {}

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
