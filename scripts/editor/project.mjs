// What the editor's commands share. They read the content with the site's own
// TypeScript (lib/content/, i18n/routing.ts), loaded through jiti, so a
// statement they accept is one the build accepts: the rules exist once.
import {realpathSync} from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import {load} from '../support/typescript.mjs';

export const ROOT = path.join(import.meta.dirname, '..', '..');
export const STATEMENTS_DIRECTORY = path.join(ROOT, 'messages', 'statements');

const {routing} = /** @type {typeof import('../../i18n/routing.ts')} */ (await load('i18n/routing.ts'));
export const locales = [...routing.locales];

/**
 * Whether `value` is one of the site's languages.
 * @param {string} value
 * @returns {value is import('../../i18n/routing.ts').Locale}
 */
export const isLocale = (value) => locales.some((locale) => locale === value);
export const {ENTRY_FILE, RECEIVED_FILE, loadStatement, newestFirst, readJson} =
  /** @type {typeof import('../../lib/content/collection.ts')} */ (await load('lib/content/collection.ts'));
export const {MAX_ID_LENGTH, isIssuedDate, parseEntry, parseText, statementIdPattern} =
  /** @type {typeof import('../../lib/content/entry.ts')} */ (await load('lib/content/entry.ts'));
export const {currentSources, messagesOf, outdatedMessages, translationDrift} =
  /** @type {typeof import('../../lib/content/sources.ts')} */ (await load('lib/content/sources.ts'));
export const GLOSSARY_FILE = path.join(ROOT, 'messages', 'GLOSSARY.md');
export const {readGlossary} = /** @type {typeof import('../../lib/translation/glossary.ts')} */ (
  await load('lib/translation/glossary.ts')
);
export const {exportFile, importMessages, translationJson} =
  /** @type {typeof import('../../lib/translation/xliff.ts')} */ (await load('lib/translation/xliff.ts'));
export const {readXliff, writeXliff, XliffError} =
  /** @type {typeof import('../../lib/translation/xliffDocument.ts')} */ (
    await load('lib/translation/xliffDocument.ts')
  );

// An object none of whose values is an object or array (`{"date": "2023-09-19"}`)
// is written on one line and the rest one member a line; Prettier then breaks
// what is too long, and keeps this shape, which is how the files are written by hand.
/** @type {(value: unknown, indent?: string) => string} */
function layout(value, indent = '') {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[${value.map((item) => layout(item, inner)).join(', ')}]`;
  const members = Object.entries(value).map(([key, item]) => `${JSON.stringify(key)}: ${layout(item, inner)}`);
  const flat = Object.values(value).every((item) => item === null || typeof item !== 'object');
  if (members.length === 0) return '{}';
  return flat && indent !== '' ? `{${members.join(', ')}}` : `{\n${inner}${members.join(`,\n${inner}`)}\n${indent}}`;
}

/**
 * JSON formatted as `npm run lint` (prettier --check) expects the files under messages/.
 * @param {unknown} value
 */
export async function formatJson(value) {
  const options = await prettier.resolveConfig(path.join(STATEMENTS_DIRECTORY, ENTRY_FILE));
  return prettier.format(layout(value), {...options, parser: 'json'});
}

/** A message that is shown to the editor as it is, without a stack trace. */
export class EditorError extends Error {}

/**
 * Refuses, with an EditorError, what cannot be a statement's id (it is part of every address of the statement).
 * @param {string} id
 */
export function checkStatementId(id) {
  if (!statementIdPattern.test(id)) {
    throw new EditorError(
      `"${id}" is not a statement id: lowercase ASCII letters and digits in words joined by single hyphens, ` +
        'e.g. 2024-05-statement-on-mine-victims',
    );
  }
  if (id.length > MAX_ID_LENGTH) throw new EditorError(`"${id}" is ${id.length} characters; at most ${MAX_ID_LENGTH}`);
}

/**
 * Runs a command's main on `args`, printing an EditorError as a plain message; its exit code, 1 on any error.
 * @param {string} command
 * @param {(args: string[]) => Promise<number>} main
 * @param {string[]} args
 */
export async function exitCode(command, main, args) {
  try {
    return await main(args);
  } catch (error) {
    // A statement file the loader refuses (lib/content/entry.ts) is the editor's to fix: its message, no stack.
    const forTheEditor = error instanceof EditorError || isParseArgsError(error) || isStatementFileError(error);
    console.error(forTheEditor ? `${command}: ${error.message}` : error);
    return 1;
  }
}

/**
 * The command as Node runs it: its arguments, its exit code.
 * @param {string} command
 * @param {(args: string[]) => Promise<number>} main
 */
export async function run(command, main) {
  process.exitCode = await exitCode(command, main, process.argv.slice(2));
}

/**
 * @param {unknown} error
 * @returns {error is Error}
 */
const isStatementFileError = (error) => error instanceof Error && error.name === 'StatementFileError';

/**
 * node:util's parseArgs refuses an unknown option or a missing value with a TypeError
 * whose code starts ERR_PARSE_ARGS; its message is meant for the user.
 * @param {unknown} error
 * @returns {error is Error & {code: string}}
 */
const isParseArgsError = (error) =>
  error instanceof Error &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code.startsWith('ERR_PARSE_ARGS');

/**
 * Whether the module is the command Node was started with (not imported by another).
 * @param {ImportMeta} importMeta
 */
export function isMain(importMeta) {
  // The real path on both sides: a project reached through a symbolic link must still run.
  return process.argv[1] !== undefined && realpathSync(process.argv[1]) === importMeta.filename;
}
