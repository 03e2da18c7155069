import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import type {Locale} from 'next-intl';
import * as prettier from 'prettier';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import {loadCollection} from '@/lib/content/collection';
import {translationDrift} from '@/lib/content/sources';
import type {Statement} from '@/lib/content/types';
import {translationsOf} from '@/lib/content/versions';
import {EDITOR_COMMAND_TIMEOUT, readJson, runEditorCommand, SITE_STATEMENTS, statusTable} from '../support/editor';

// What happens when the association rewords its original after the
// translations were made: in a copy of the site's own statements, one word of
// an original paragraph changes, and status, the currency test's check and the
// editor's commands react. (The page's note: tests/e2e/collection/outdated-translation.spec.ts.)
vi.setConfig({testTimeout: EDITOR_COMMAND_TIMEOUT});

let content: string;
let statement: Statement;
let paragraph: string;
beforeEach(() => {
  content = path.join(mkdtempSync(path.join(tmpdir(), 'translation-drift-')), 'statements');
  cpSync(SITE_STATEMENTS, content, {recursive: true});
  const first = loadCollection(content).statements[0];
  if (!first) throw new Error('no statement to change');
  paragraph = first.paragraphIds.at(-1) ?? '';
  const file = path.join(content, first.id, `${first.originalLocale}.json`);
  const text = readJson(file) as {paragraphs: Record<string, string>};
  // One word: the last word of the paragraph becomes another.
  text.paragraphs[paragraph] = (text.paragraphs[paragraph] ?? '').replace(/\p{L}+(?=\P{L}*$)/u, 'reworded');
  writeFileSync(file, JSON.stringify(text, null, 2));
  statement = first;
});
afterEach(() => rmSync(path.dirname(content), {recursive: true, force: true}));

const reloaded = () => loadCollection(content).get(statement.id) as Statement;
const command = (script: string, ...args: string[]) => runEditorCommand(script, [...args, '--content', content]);
const key = () => `paragraphs.${paragraph}`;
function firstTranslation(): Locale {
  const [locale] = translationsOf(statement);
  if (!locale) throw new Error(`${statement.id} has no translation`);
  return locale;
}

describe('a one-word change to an original paragraph', () => {
  test('makes that paragraph, and only it, outdated in every translation', () => {
    const changed = reloaded();
    expect(translationsOf(changed).length).toBeGreaterThan(0);
    for (const locale of translationsOf(changed)) expect(changed.outdated[locale]).toEqual([key()]);
  });

  test('fails the currency test until it is acknowledged', () => {
    const changed = reloaded();
    for (const locale of translationsOf(changed)) {
      expect(translationDrift(changed, locale).unacknowledged).toEqual([key()]);
    }
  });

  test('turns translations:status red, naming the paragraph and both ways out', () => {
    const {status, stdout, stderr} = command('translations-status.mjs');
    expect(status).toBe(1);
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
  test('lists the outdated paragraph in the entry, which lets status and the currency test pass', () => {
    for (const locale of translationsOf(statement)) {
      expect(command('translations-acknowledge.mjs', statement.id, locale).status).toBe(0);
    }
    const acknowledged = reloaded();
    for (const locale of translationsOf(acknowledged)) {
      expect(acknowledged.acknowledgedOutdated[locale]).toEqual([key()]);
      expect(translationDrift(acknowledged, locale).unacknowledged).toEqual([]);
    }
    const {status, stdout} = command('translations-status.mjs');
    expect(status).toBe(0);
    expect(stdout).toContain('published as it is, with a note at each');
  });

  test('refuses a message that renders the current original', () => {
    const locale = firstTranslation();
    const refused = command('translations-acknowledge.mjs', statement.id, locale, 'title');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/already renders today's original of title/);
  });
});

describe('npm run translations:accept', () => {
  test("after translating, records today's original for that paragraph only, and takes it off the entry", () => {
    const locale = firstTranslation();
    const file = path.join(content, statement.id, `${locale}.json`);
    const before = readJson(file) as {translatedFrom: Record<string, string>};
    expect(command('translations-acknowledge.mjs', statement.id, locale).status).toBe(0);
    expect(command('translations-accept.mjs', statement.id, locale, key()).status).toBe(0);
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
    expect(command('translations-acknowledge.mjs', statement.id, locale).status).toBe(0);
    expect(command('translations-accept.mjs', statement.id, locale, key()).status).toBe(0);
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
    [
      'neither messages nor --all',
      (s: Statement) => [s.id, firstTranslation()],
      /name the messages you translated, or give --all/,
    ],
  ])('refuses %s', (_, args, message) => {
    const refused = command('translations-accept.mjs', ...args(statement));
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(message);
  });
});

test('translations:status fails on an entry that lists as outdated what is current', () => {
  const locale = firstTranslation();
  expect(command('translations-acknowledge.mjs', statement.id, locale).status).toBe(0);
  expect(command('translations-accept.mjs', statement.id, locale, key()).status).toBe(0);
  const entryFile = path.join(content, statement.id, 'statement.json');
  writeFileSync(
    entryFile,
    JSON.stringify({...(readJson(entryFile) as object), outdatedTranslations: {[locale]: ['title']}}),
  );
  const {status, stderr} = command('translations-status.mjs');
  expect(status).toBe(1);
  expect(stderr).toContain(
    `${statement.id} ${locale}: statement.json lists as outdated what is translated from today's original: title`,
  );
});
