import {spawnSync} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {vi} from 'vitest';
import {exitCode} from '../../scripts/editor/project.mjs';

// The editor's commands (scripts/editor/): in-process, their main with the
// arguments of the command line, as `run` calls it; or as the editor runs
// them, a Node process each, for what only a process shows.

const root = path.join(__dirname, '..', '..');
export const SITE_STATEMENTS = path.join(root, 'messages', 'statements');
export const FIXTURE_STATEMENTS = path.join(root, 'tests', 'fixtures', 'content', 'statements');

/**
 * Each process compiles the site's TypeScript loader (jiti) first, which on a
 * busy 2-core machine takes longer than Vitest's default 5 s.
 */
export const EDITOR_COMMAND_TIMEOUT = 30_000;

export type CommandResult = {status: number | null; stdout: string; stderr: string};

export function runEditorCommand(script: string, args: string[]): CommandResult {
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

/** A command's main called in-process as `run` calls it: its exit code, and what it printed on each stream. */
export async function callEditorCommand(
  command: string,
  main: (args: string[]) => Promise<number>,
  args: string[],
): Promise<CommandResult> {
  const printed = {stdout: '', stderr: ''};
  const to = (stream: keyof typeof printed) => (message: unknown) => {
    printed[stream] += `${String(message)}\n`;
  };
  const log = vi.spyOn(console, 'log').mockImplementation(to('stdout'));
  const error = vi.spyOn(console, 'error').mockImplementation(to('stderr'));
  try {
    return {status: await exitCode(command, main, args), ...printed};
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}

export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Every file under a scratch folder, so that a refusal can be shown to have written nothing. */
export const filesIn = (directory: string) => readdirSync(directory, {recursive: true, encoding: 'utf8'}).sort();

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
