import {cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {loadCollection} from '@/lib/content/collection';
import {parseEntry, parseText} from '@/lib/content/entry';
import {routing} from '@/i18n/routing';
import {main as newStatement} from '../../scripts/editor/statement-new.mjs';
import {main as translationsStatus} from '../../scripts/editor/translations-status.mjs';
import {
  callEditorCommand,
  filesIn,
  EDITOR_COMMAND_TIMEOUT,
  FIXTURE_STATEMENTS,
  readJson,
  runEditorCommand,
  SITE_STATEMENTS,
  statusTable as table,
} from '../support/editor';
import {parseReceived} from '../support/received';

// The editor's commands, called in-process as their command line calls them
// (one test each runs the command as the editor does, a Node process), against
// scratch folders: a test never writes into messages/ or tests/fixtures/.

let scratch: string;
let content: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'editor-commands-'));
  content = path.join(scratch, 'statements');
  mkdirSync(content);
});
afterEach(() => rmSync(scratch, {recursive: true, force: true}));

const scratchArgs = () => ['--content', content];
const statementNew = (...args: string[]) =>
  callEditorCommand('statement:new', newStatement, [...args, ...scratchArgs()]);
const status = (directory: string) =>
  callEditorCommand('translations:status', translationsStatus, ['--content', directory]);

describe('npm run statement:new', () => {
  const id = '2024-05-statement-on-mine-victims';

  test('creates the entry, the text of the original language and the received-text template', async () => {
    const {status, stdout} = await statementNew(id, '--original', 'sv');
    expect(status).toBe(0);
    expect(filesIn(scratch)).toEqual(
      [
        'statements',
        `statements/${id}`,
        `statements/${id}/received.md`,
        `statements/${id}/statement.json`,
        `statements/${id}/sv.json`,
      ].map((file) => file.split('/').join(path.sep)),
    );
    expect(readJson(path.join(content, id, 'statement.json'))).toEqual({
      issued: 'TODO: YYYY-MM-DD, or YYYY-MM with an issuedNote saying why the day is not known',
      original: 'sv',
      paragraphs: ['first-paragraph'],
      arguments: {},
    });
    expect(readJson(path.join(content, id, 'sv.json'))).toEqual({
      title: '',
      description: '',
      paragraphs: {'first-paragraph': ''},
      closing: '',
      signatory: '',
      association: '',
    });
    // The editor is told what is left to do, and how to check it.
    for (const step of [
      'replace with',
      '"issued"',
      '"paragraphs"',
      'npm run translations:status',
      'npm run test:unit',
    ]) {
      expect(stdout).toContain(step);
    }
  });

  test('invents no date: without --issued the build refuses the entry, naming the field', async () => {
    await statementNew(id, '--original', 'en');
    const file = path.join(content, id, 'statement.json');
    expect(() => parseEntry(file, readJson(file))).toThrow(/issued/);
  });

  test('a month needs the reason the day is not known', async () => {
    await statementNew(id, '--original', 'az', '--issued', '2024-05');
    const file = path.join(content, id, 'statement.json');
    expect(readJson(file)).toMatchObject({issued: '2024-05', issuedNote: ''});
    expect(() => parseEntry(file, readJson(file))).toThrow(/issuedNote/);
  });

  test('a given day is taken as it is, and the empty text is still refused by the build', async () => {
    await statementNew(id, '--original', 'en', '--issued', '2024-05-02');
    const entryFile = path.join(content, id, 'statement.json');
    const entry = parseEntry(entryFile, readJson(entryFile));
    expect(entry.issued).toMatchObject({iso: '2024-05-02', precision: 'day'});
    const textFile = path.join(content, id, 'en.json');
    expect(() => parseText(textFile, readJson(textFile), entry)).toThrow(/title[\s\S]*description/);
  });

  test('the received-text template has the layout of a received text, every line a "replace with"', async () => {
    await statementNew(id, '--original', 'sv');
    const received = parseReceived(readFileSync(path.join(content, id, 'received.md'), 'utf8'));
    const lines = [
      received.title,
      ...received.paragraphs,
      received.closing,
      received.signatory,
      received.association,
      ...received.contact,
    ];
    expect(received.paragraphs).toHaveLength(2);
    expect(received.contact).toHaveLength(1);
    for (const line of lines) expect(line).toMatch(/^replace with /);
  });

  test('writes the JSON files as prettier formats them (npm run lint checks messages/)', async () => {
    await statementNew(id, '--original', 'sv', '--issued', '2024-05');
    const options = await prettier.resolveConfig(path.join(SITE_STATEMENTS, 'statement.json'));
    for (const name of ['statement.json', 'sv.json']) {
      const text = readFileSync(path.join(content, id, name), 'utf8');
      expect(await prettier.check(text, {...options, parser: 'json'}), name).toBe(true);
    }
  });

  test('refuses an id that already has a statement, and changes nothing', async () => {
    expect((await statementNew(id, '--original', 'sv')).status).toBe(0);
    const entryFile = path.join(content, id, 'statement.json');
    writeFileSync(entryFile, '{"issued": "being written"}');
    const again = await statementNew(id, '--original', 'en');
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
    expect(readFileSync(entryFile, 'utf8')).toBe('{"issued": "being written"}');
    expect(existsSync(path.join(content, id, 'en.json'))).toBe(false);
  });

  test('refuses an id of the published statements', async () => {
    cpSync(SITE_STATEMENTS, content, {recursive: true});
    const before = filesIn(scratch);
    const [published] = readdirSync(SITE_STATEMENTS);
    const refused = await statementNew(published ?? '', '--original', 'en');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/already exists/);
    expect(filesIn(scratch)).toEqual(before);
  });

  test('refuses an id whose folder holds only its received text', async () => {
    mkdirSync(path.join(content, id));
    writeFileSync(path.join(content, id, 'received.md'), 'received');
    const refused = await statementNew(id, '--original', 'sv');
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(/already exists/);
    expect(filesIn(scratch)).toEqual([
      'statements',
      path.join('statements', id),
      path.join('statements', id, 'received.md'),
    ]);
  });

  test.each([
    ['an id that is a path', ['../x', '--original', 'sv'], /"\.\.\/x" is not a statement id/],
    ['an id of spaces', ['a b', '--original', 'sv'], /is not a statement id/],
    ['an id over 100 characters', [`${'a'.repeat(50)}-${'b'.repeat(50)}`, '--original', 'sv'], /at most 100/],
    [
      'a language the site does not have',
      [id, '--original', 'fr'],
      /--original fr is not a language of the site: sv, en, az/,
    ],
    ['no language', [id], /say which language/],
    ['no id', ['--original', 'sv'], /exactly one statement id/],
    ['a day that does not exist', [id, '--original', 'sv', '--issued', '2024-02-30'], /--issued 2024-02-30 is not/],
    ['a date that is not one', [id, '--original', 'sv', '--issued', 'yesterday'], /--issued yesterday is not/],
  ])('refuses %s, and writes nothing', async (_, args, message) => {
    const refused = await statementNew(...args);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr).toMatch(message);
    expect(filesIn(scratch)).toEqual(['statements']);
  });

  test(
    'as a command: refuses an id with capitals and an underscore with exit code 1 and its reason alone, and writes nothing',
    () => {
      const refused = runEditorCommand('statement-new.mjs', ['Bad_Id', '--original', 'sv', ...scratchArgs()]);
      expect(refused).toEqual({
        status: 1,
        stdout: '',
        stderr:
          'statement:new: "Bad_Id" is not a statement id: lowercase ASCII letters and digits in words joined by ' +
          'single hyphens, e.g. 2024-05-statement-on-mine-victims\n',
      });
      expect(filesIn(scratch)).toEqual(['statements']);
    },
    EDITOR_COMMAND_TIMEOUT,
  );
});

describe('npm run translations:status', () => {
  const header = ['statement', ...routing.locales];

  test('tells for the fixture statements which language is the original, which translated, which missing', async () => {
    const {status: code, stdout, stderr} = await status(FIXTURE_STATEMENTS);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const {rows, summary} = table(stdout);
    // Newest first; tests/fixtures/content/README.md lists the same.
    expect(rows).toEqual([
      ['statement', 'sv', 'en', 'az'],
      ['2025-05-fixture-swedish-only', 'original', 'missing', 'missing'],
      ['2025-02-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2024-11-fixture-azerbaijani-original', 'missing', 'translated', 'original'],
      ['2024-09-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2024-06-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2024-03-fixture-first-statement', 'outdated', 'original', 'translated'],
      ['2023-12-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2023-08-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2023-05-fixture-archive-swedish-only', 'original', 'missing', 'missing'],
      ['2023-01-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2022-11-fixture-archive-english-o', 'missing', 'original', 'missing'],
      ['2022-10-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2022-07-fixture-archive-english-p', 'missing', 'original', 'missing'],
      ['2022-04-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2021-11-fixture-archive-english-q', 'missing', 'original', 'missing'],
      ['2021-09-fixture-archive-english-r', 'missing', 'original', 'missing'],
      ['2021-06-fixture-archive-azerbaijani-only', 'missing', 'missing', 'original'],
      ['2021-04-fixture-archive-english-s', 'missing', 'original', 'missing'],
      ['2021-02-fixture-archive-english', 'missing', 'original', 'missing'],
      ['2020-12-fixture-archive-english-t', 'missing', 'original', 'missing'],
      ['2020-10-fixture-archive-english-u', 'missing', 'original', 'missing'],
      ['2020-08-fixture-archive-english-v', 'missing', 'original', 'missing'],
      ['2020-06-fixture-archive-english-w', 'missing', 'original', 'missing'],
      ['2020-04-fixture-archive-english-x', 'missing', 'original', 'missing'],
      ['2020-02-fixture-archive-english-y', 'missing', 'original', 'missing'],
      ['2019-05-fixture-archive-english-z', 'missing', 'original', 'missing'],
    ]);
    expect(summary).toBe('26 statements in 3 languages: 26 originals, 2 translated, 1 outdated, 49 missing');
  });

  test('aligns every column under its heading', async () => {
    const {columns} = table((await status(FIXTURE_STATEMENTS)).stdout);
    expect(columns.length).toBeGreaterThan(1);
    for (const row of columns) expect(row).toEqual(columns[0]);
  });

  test.each([
    ['fixture', FIXTURE_STATEMENTS],
    ['site', SITE_STATEMENTS],
  ])('agrees with what the build reads of the %s statements', async (_, directory) => {
    const {statements} = loadCollection(directory);
    const {status: code, stdout} = await status(directory);
    expect(code).toBe(0);
    expect(table(stdout).rows).toEqual([
      header,
      ...statements.map((statement) => [
        statement.id,
        ...routing.locales.map((locale) =>
          locale === statement.originalLocale
            ? 'original'
            : !statement.locales.includes(locale)
              ? 'missing'
              : statement.outdated[locale]
                ? 'outdated'
                : 'translated',
        ),
      ]),
    ]);
  });

  test('reads messages/statements/ when not told otherwise', async () => {
    const told = await status(SITE_STATEMENTS);
    expect(table(told.stdout).rows.length).toBeGreaterThan(1);
    expect(await callEditorCommand('translations:status', translationsStatus, [])).toEqual(told);
  });

  test('names each malformed statement and its problem, lists the sound ones, and fails', async () => {
    cpSync(FIXTURE_STATEMENTS, content, {recursive: true});
    writeFileSync(path.join(content, '2024-03-fixture-first-statement', 'sv.json'), '{"title": ');
    rmSync(path.join(content, '2025-05-fixture-swedish-only', 'sv.json'));
    mkdirSync(path.join(content, '2020-01-no-entry'));
    writeFileSync(path.join(content, '2020-01-no-entry', 'en.json'), '{}');
    const {status: code, stdout, stderr} = await status(content);
    expect(code).toBe(1);
    const broken = ['2024-03-fixture-first-statement', '2025-05-fixture-swedish-only'];
    expect(table(stdout).rows.map(([id]) => id)).toEqual(
      table((await status(FIXTURE_STATEMENTS)).stdout)
        .rows.map(([id]) => id)
        .filter((id) => !broken.includes(id)),
    );
    expect(table(stdout).summary).toBe(
      '24 statements in 3 languages: 24 originals, 1 translated, 0 outdated, 47 missing',
    );
    expect(stderr).toMatch(/^ {2}2020-01-no-entry\n {4}statement\.json is missing$/m);
    expect(stderr).toMatch(/^ {2}2024-03-fixture-first-statement\n {4}sv\.json is not valid JSON/m);
    expect(stderr).toMatch(/^ {2}2025-05-fixture-swedish-only\n {4}sv\.json, the original, is missing$/m);
  });

  test('names a translation whose paragraphs are not those of the entry', async () => {
    cpSync(FIXTURE_STATEMENTS, content, {recursive: true});
    const file = path.join(content, '2024-11-fixture-azerbaijani-original', 'en.json');
    const text = readJson(file) as {paragraphs: Record<string, string>};
    delete text.paragraphs.figures;
    writeFileSync(file, JSON.stringify(text));
    const {status: code, stderr} = await status(content);
    expect(code).toBe(1);
    expect(stderr).toMatch(/en\.json: its paragraphs must be exactly those of statement\.json; missing: figures/);
  });

  test('fails on a statement just started, until its fields are filled in', async () => {
    expect((await statementNew('2024-05-started', '--original', 'sv')).status).toBe(0);
    const {status: code, stderr} = await status(content);
    expect(code).toBe(1);
    // The build's own reason, the first it meets: the entry's date.
    expect(stderr).toMatch(/2024-05-started\n {4}statement\.json is not a valid statement file:[\s\S]*issued/);
  });

  test(
    'as a command: fails on a folder that does not exist with exit code 1, naming it',
    () => {
      const nowhere = path.join(scratch, 'nowhere');
      expect(runEditorCommand('translations-status.mjs', ['--content', nowhere])).toEqual({
        status: 1,
        stdout: '',
        stderr: `translations:status: ${nowhere} does not exist\n`,
      });
    },
    EDITOR_COMMAND_TIMEOUT,
  );
});
