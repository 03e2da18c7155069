import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';

// Running the editor's commands (scripts/editor/) as the editor runs them: a
// Node process each, with its exit code, its output and its errors.

const root = path.join(__dirname, '..', '..');
export const SITE_STATEMENTS = path.join(root, 'messages', 'statements');
export const FIXTURE_STATEMENTS = path.join(root, 'tests', 'fixtures', 'content', 'statements');

/**
 * Each process compiles the site's TypeScript loader (jiti) first, which on a
 * busy 2-core machine takes longer than Vitest's default 5 s.
 */
export const EDITOR_COMMAND_TIMEOUT = 30_000;

export function runEditorCommand(script: string, args: string[]) {
  const {status, stdout, stderr} = spawnSync(
    process.execPath,
    [path.join(root, 'scripts', 'editor', script), ...args],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return {status, stdout, stderr};
}

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

type Row = [id: string, ...cells: string[]];

/** translations:status's table: its rows (header first) as words, the column where each word starts, its summary. */
export function statusTable(stdout: string) {
  const lines = stdout.split('\n');
  const rows = lines.slice(0, lines.indexOf('')).map((line) => [...line.matchAll(/\S+/g)]);
  return {
    rows: rows.map((row) => row.map((match) => match[0]) as Row),
    columns: rows.map((row) => row.map((match) => match.index)),
    summary: lines[lines.indexOf('') + 1],
  };
}
