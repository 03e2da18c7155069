import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parse, TYPE} from '@formatjs/icu-messageformat-parser';
import type {MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import {afterEach, describe, expect, test} from 'vitest';
import {loadCollection} from '@/lib/content/collection';
import {formatStatement} from '@/lib/content/format';
import {statementsIn, statementsNotIn} from '@/lib/content/versions';
import {collections, FIXTURE_STATEMENTS_DIRECTORY, fixtureContent, statementMessages} from '../support/content';

describe('the statement collection', () => {
  test('lists the newest first, a month-only date counting as its first day', () => {
    const issued = fixtureContent.statements.map(({issued}) => issued.iso);
    expect(issued).toEqual([...issued].sort().reverse());
    expect(fixtureContent.statements.some(({issued: {precision}}) => precision === 'month')).toBe(true);
  });

  test('knows which statements exist in a language and which only in others', () => {
    for (const locale of ['sv', 'en', 'az'] as const) {
      const here = statementsIn(fixtureContent.statements, locale);
      const elsewhere = statementsNotIn(fixtureContent.statements, locale);
      expect(here.every((statement) => statement.locales.includes(locale))).toBe(true);
      expect(elsewhere.every((statement) => !statement.locales.includes(locale))).toBe(true);
      expect(here.length + elsewhere.length).toBe(fixtureContent.statements.length);
    }
    expect(statementsNotIn(fixtureContent.statements, 'sv').length).toBeGreaterThan(0);
  });
});

/** Every argument name a message uses, however deep. */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
    else found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
  }
  return found;
}

const versions = collections.flatMap(([name, collection]) =>
  collection.statements.flatMap((statement) =>
    statement.locales.map((locale) => ({name: `${name} ${statement.id} ${locale}`, collection, statement, locale})),
  ),
);

describe.each(versions)('$name', ({collection, statement, locale}) => {
  test('formats every message with the figures and dates of its entry', () => {
    const text = formatStatement(collection, statement, locale);
    for (const {id, text: paragraph} of text.paragraphs) expect(paragraph, id).not.toMatch(/[{}]/);
  });

  test('uses every figure and date its entry defines', () => {
    const used = new Set(
      [...statementMessages(collection, statement, locale).values()].flatMap((message) => [
        ...argumentsOf(parse(message)),
      ]),
    );
    expect(Object.keys(statement.arguments).filter((name) => !used.has(name))).toEqual([]);
  });
});

describe('a malformed statement stops the build with a message naming its file', () => {
  let directory = '';
  const statementId = '2024-03-fixture-first-statement';
  afterEach(() => rmSync(directory, {recursive: true, force: true}));

  /** A copy of one fixture statement with one file replaced. */
  function withFile(file: string, content: unknown) {
    directory = mkdtempSync(path.join(tmpdir(), 'statements-'));
    cpSync(path.join(FIXTURE_STATEMENTS_DIRECTORY, statementId), path.join(directory, statementId), {recursive: true});
    const target = path.join(directory, statementId, file);
    if (content === undefined) rmSync(target);
    else writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
    return () => loadCollection(directory);
  }
  const entry = {issued: '2024-03-14', original: 'en', paragraphs: ['opening', 'figures'], arguments: {}};

  test.each([
    ['a day that does not exist', {...entry, issued: '2024-02-30'}, /issued/],
    ['a month with no note saying why the day is unknown', {...entry, issued: '2024-03'}, /issuedNote/],
    ['an original language the site does not have', {...entry, original: 'de'}, /original/],
    ['the same paragraph id twice', {...entry, paragraphs: ['opening', 'opening']}, /paragraphs/],
    ['a paragraph id that is not a URL fragment', {...entry, paragraphs: ['Opening Words']}, /paragraphs/],
    ['a date argument that is not a day', {...entry, arguments: {day: {date: 'March 2024'}}}, /arguments/],
    ['a field it does not know', {...entry, published: '2024-03-14'}, /published/],
  ])('an entry with %s', (_name, content, message) => {
    const load = withFile('statement.json', content);
    expect(load).toThrow(/statement\.json/);
    expect(load).toThrow(message);
  });

  test('a translation whose paragraphs differ from the entry', () => {
    const load = withFile('sv.json', {
      title: 't',
      description: 'd',
      paragraphs: {opening: 'o', extra: 'e'},
      closing: 'c',
      signatory: 's',
      association: 'a',
    });
    expect(load).toThrow(/sv\.json.*missing: figures.*not in the entry: extra/);
  });

  test('a translation with an empty message', () => {
    expect(
      withFile('az.json', {
        title: '',
        description: 'd',
        paragraphs: {},
        closing: 'c',
        signatory: 's',
        association: 'a',
      }),
    ).toThrow(/az\.json/);
  });

  test('a statement without the file of its original language', () => {
    expect(withFile('en.json', undefined)).toThrow(/en\.json, the original, is missing/);
  });

  test('a file that is neither the entry nor a language', () => {
    expect(withFile('de.json', {})).toThrow(/unexpected de\.json/);
  });
});
