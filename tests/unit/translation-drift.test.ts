import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Locale} from 'next-intl';
import * as prettier from 'prettier';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {loadCollection} from '@/lib/content/collection';
import {translationDrift} from '@/lib/content/sources';
import type {Statement} from '@/lib/content/types';
import {translationsOf} from '@/lib/content/versions';
import {acknowledge, main as acknowledgeMain} from '../../scripts/editor/translations-acknowledge.mjs';
import {accept, main as acceptMain} from '../../scripts/editor/translations-accept.mjs';
import {main as statusMain} from '../../scripts/editor/translations-status.mjs';
import {
  callEditorCommand,
  EDITOR_COMMAND_TIMEOUT,
  readJson,
  runEditorCommand,
  SITE_STATEMENTS,
  statusTable,
} from '../support/editor';
import {statementsWith} from '../support/content';

// What happens when the association rewords its original after the
// translations were made: in a copy of a statement folder, one word of an
// original paragraph changes, and status, the currency test's check and the
// editor's commands react, called in-process (one test each runs accept and
// acknowledge as a Node process). The statement is one with translations, all
// of them current: the site's, or the fixture collection's while the site has
// none (its newest may be an original waiting for its translations). (The
// page's note: tests/e2e/collection/outdated-translation.spec.ts.)

const {from, found} = statementsWith(
  (candidate) =>
    translationsOf(candidate).length > 0 &&
    translationsOf(candidate).every((locale) => !candidate.outdated[locale] && !candidate.acknowledgedOutdated[locale]),
);
const statement = found[0] as Statement;

/** The message with its last word of text (not of an argument's format, `{year1, number, ::group-off}`) changed. */
function reworded(message: string): string | undefined {
  let depth = 0;
  let last: RegExpExecArray | undefined;
  for (const match of message.matchAll(/[{}]|\p{L}+/gu)) {
    if (match[0] === '{') depth += 1;
    else if (match[0] === '}') depth -= 1;
    else if (depth === 0) last = match;
  }
  return last && `${message.slice(0, last.index)}reworded${message.slice(last.index + last[0].length)}`;
}

let content: string;
let paragraph: string;
beforeEach(() => {
  content = path.join(mkdtempSync(path.join(tmpdir(), 'translation-drift-')), 'statements');
  cpSync(from.directory, content, {recursive: true});
  const file = path.join(content, statement.id, `${statement.originalLocale}.json`);
  const text = readJson(file) as {paragraphs: Record<string, string>};
  // One word: the last word of the last paragraph that has words of its own becomes another.
  paragraph = statement.paragraphIds.findLast((id) => reworded(text.paragraphs[id] ?? '') !== undefined) ?? '';
  text.paragraphs[paragraph] = reworded(text.paragraphs[paragraph] ?? '') ?? '';
  writeFileSync(file, JSON.stringify(text, null, 2));
});
afterEach(() => rmSync(path.dirname(content), {recursive: true, force: true}));

const reloaded = () => loadCollection(content).get(statement.id) as Statement;
const status = () => callEditorCommand('translations:status', statusMain, ['--content', content]);
const acceptCommand = (...args: string[]) =>
  callEditorCommand('translations:accept', acceptMain, [...args, '--content', content]);
/** What the editor does after translating again: acknowledges the outdated messages, then accepts the one paragraph. */
async function acknowledgeThenAccept(locale: Locale) {
  await acknowledge(content, statement.id, locale, []);
  await accept(content, statement.id, locale, [key()]);
}
const key = () => `paragraphs.${paragraph}`;
function firstTranslation(): Locale {
  const [locale] = translationsOf(statement);
  if (!locale) throw new Error(`${statement.id} has no translation`);
  return locale;
}

describe('a one-word change to an original paragraph', () => {
  test('makes that paragraph, and only it, outdated in every translation', async () => {
    const changed = reloaded();
    expect(translationsOf(changed).length).toBeGreaterThan(0);
    for (const locale of translationsOf(changed)) expect(changed.outdated[locale]).toEqual([key()]);
  });

  test('fails the currency test until it is acknowledged', async () => {
    const changed = reloaded();
    for (const locale of translationsOf(changed)) {
      expect(translationDrift(changed, locale).unacknowledged).toEqual([key()]);
    }
  });

  test('turns translations:status red, naming the paragraph and both ways out', async () => {
    const {status: code, stdout, stderr} = await status();
    expect(code).toBe(1);
    const row = statusTable(stdout).rows.find(([id]) => id === statement.id);
    expect(row?.filter((cell) => cell === 'outdated')).toHaveLength(translationsOf(statement).length);
    for (const locale of translationsOf(statement)) {
      expect(stderr).toContain(`${statement.id} ${locale}: ${key()}`);
      expect(stderr).toContain(`npm run translations:accept -- ${statement.id} ${locale} ${key()}`);
      expect(stderr).toContain(`npm run translations:acknowledge -- ${statement.id} ${locale}`);
    }
  });
});

describe('npm run translations:acknowledge', () => {
  test('lists the outdated paragraph in the entry, which lets status and the currency test pass', async () => {
    for (const locale of translationsOf(statement)) {
      expect(
        await callEditorCommand('translations:acknowledge', acknowledgeMain, [
          statement.id,
          locale,
          '--content',
          content,
        ]),
      ).toMatchObject({status: 0});
    }
    const acknowledged = reloaded();
    for (const locale of translationsOf(acknowledged)) {
      expect(acknowledged.acknowledgedOutdated[locale]).toEqual([key()]);
      expect(translationDrift(acknowledged, locale).unacknowledged).toEqual([]);
    }
    const {status: code, stdout} = await status();
    expect(code).toBe(0);
    expect(stdout).toContain('published as it is, with a note at each');
  });

  test(
    'as a command: refuses a message that renders the current original with exit code 1, and writes nothing',
    () => {
      const locale = firstTranslation();
      const entryFile = path.join(content, statement.id, 'statement.json');
      const entry = readFileSync(entryFile, 'utf8');
      const refused = runEditorCommand('translations-acknowledge.mjs', [
        statement.id,
        locale,
        'title',
        '--content',
        content,
      ]);
      expect(refused).toEqual({
        status: 1,
        stdout: '',
        stderr: `translations:acknowledge: ${locale} already renders today's original of title\n`,
      });
      expect(readFileSync(entryFile, 'utf8')).toBe(entry);
    },
    EDITOR_COMMAND_TIMEOUT,
  );
});

describe('npm run translations:accept', () => {
  test("after translating, records today's original for that paragraph only, and takes it off the entry", async () => {
    const locale = firstTranslation();
    const file = path.join(content, statement.id, `${locale}.json`);
    const before = readJson(file) as {translatedFrom: Record<string, string>};
    await acknowledgeThenAccept(locale);
    const after = readJson(file) as {translatedFrom: Record<string, string>};
    const changed = Object.keys(after.translatedFrom).filter(
      (k) => after.translatedFrom[k] !== before.translatedFrom[k],
    );
    expect(changed).toEqual([key()]);
    const accepted = reloaded();
    expect(accepted.outdated[locale]).toBeUndefined();
    expect(accepted.acknowledgedOutdated[locale]).toBeUndefined();
  });

  test('writes files that Prettier leaves as they are', async () => {
    const locale = firstTranslation();
    await acknowledgeThenAccept(locale);
    for (const name of [`${locale}.json`, 'statement.json']) {
      const file = path.join(content, statement.id, name);
      const options = await prettier.resolveConfig(path.join(SITE_STATEMENTS, name));
      expect(await prettier.check(readFileSync(file, 'utf8'), {...options, parser: 'json'}), name).toBe(true);
    }
  });

  test.each([
    ['the original', (s: Statement) => [s.id, s.originalLocale, '--all'], /is the original/],
    [
      'a message the statement does not have',
      (s: Statement) => [s.id, firstTranslation(), 'paragraphs.nope'],
      /has no message paragraphs\.nope/,
    ],
  ])('refuses %s', async (_, args, message) => {
    const refused = await acceptCommand(...args(statement));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(message);
  });

  test(
    'as a command: refuses neither messages nor --all with exit code 1 and its usage, and writes nothing',
    () => {
      const locale = firstTranslation();
      const files = ['statement.json', `${locale}.json`].map((name) => path.join(content, statement.id, name));
      const before = files.map((file) => readFileSync(file, 'utf8'));
      const refused = runEditorCommand('translations-accept.mjs', [statement.id, locale, '--content', content]);
      expect(refused).toEqual({
        status: 1,
        stdout: '',
        stderr:
          'translations:accept: name the messages you translated, or give --all\n' +
          'usage: npm run translations:accept -- <id> <locale> <message>… | --all [--content <dir>]\n',
      });
      expect(files.map((file) => readFileSync(file, 'utf8'))).toEqual(before);
    },
    EDITOR_COMMAND_TIMEOUT,
  );
});

test('translations:status fails on an entry that lists as outdated what is current', async () => {
  const locale = firstTranslation();
  await acknowledgeThenAccept(locale);
  const entryFile = path.join(content, statement.id, 'statement.json');
  writeFileSync(
    entryFile,
    JSON.stringify({...(readJson(entryFile) as object), outdatedTranslations: {[locale]: ['title']}}),
  );
  const {status: code, stderr} = await status();
  expect(code).toBe(1);
  expect(stderr).toContain(
    `${statement.id} ${locale}: statement.json lists as outdated what is translated from today's original: title`,
  );
});
