import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {afterAll, describe, expect, test} from 'vitest';
import {ENTRY_FILE} from '@/lib/content/collection';
import {statementIdPattern} from '@/lib/content/entry';
import {routing} from '@/i18n/routing';

// The editor's commands (scripts/editor/) run in plain Node and cannot import
// the TypeScript of lib/content/ and i18n/: the little they repeat of it must
// stay the same as the original, or a statement they accept would be refused
// by the build (or the other way round).
const editor = path.join(__dirname, '..', '..', 'scripts', 'editor');

/** What a script module exports, evaluated the way the commands evaluate it: in plain Node. */
function evaluate(module: string, expression: string): unknown {
  const url = pathToFileURL(path.join(editor, module)).href;
  const script = `import * as m from ${JSON.stringify(url)}; console.log(JSON.stringify(${expression}));`;
  return JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', stdio: 'pipe'}),
  );
}

describe('scripts/editor/locales.mjs', () => {
  const scratch = mkdtempSync(path.join(tmpdir(), 'editor-locales-'));
  afterAll(() => rmSync(scratch, {recursive: true, force: true}));

  test('reads from i18n/routing.ts exactly routing.locales, in their order', () => {
    expect(evaluate('locales.mjs', 'm.readLocales()')).toEqual([...routing.locales]);
  });

  test.each([
    ['a list built elsewhere', 'locales: supportedLocales,'],
    ['a comment inside the list', "locales: ['sv', 'en' /* later: 'de' */],"],
    ['a second list', "locales: ['sv'],\n  locales: ['en'],"],
    ['a list without a language', 'locales: [],'],
  ])('refuses to guess at %s', (_, line) => {
    const routingFile = path.join(scratch, 'routing.ts');
    const source = readFileSync(path.join(__dirname, '..', '..', 'i18n', 'routing.ts'), 'utf8');
    writeFileSync(routingFile, source.replace(/^\s*locales:.*$/m, `  ${line}`));
    expect(() => evaluate('locales.mjs', `m.readLocales(${JSON.stringify(routingFile)})`)).toThrow(
      /Cannot read the languages from/,
    );
  });
});

describe('scripts/editor/content.mjs', () => {
  test('checks statement ids with the pattern of lib/content/entry.ts', () => {
    expect(evaluate('content.mjs', 'm.statementIdPattern.source')).toBe(statementIdPattern.source);
    expect(evaluate('content.mjs', 'm.statementIdPattern.flags')).toBe(statementIdPattern.flags);
  });

  test('names the entry file as lib/content/collection.ts does', () => {
    expect(evaluate('content.mjs', 'm.ENTRY_FILE')).toBe(ENTRY_FILE);
  });
});
