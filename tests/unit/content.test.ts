import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parse, TYPE} from '@formatjs/icu-messageformat-parser';
import type {MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import {afterEach, describe, expect, test} from 'vitest';
import {routing} from '@/i18n/routing';
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
    for (const locale of routing.locales) {
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

  /** A copy of one fixture statement with files replaced (or, for `undefined`, removed). */
  function withFiles(files: Record<string, unknown>) {
    directory = mkdtempSync(path.join(tmpdir(), 'statements-'));
    cpSync(path.join(FIXTURE_STATEMENTS_DIRECTORY, statementId), path.join(directory, statementId), {recursive: true});
    for (const [file, content] of Object.entries(files)) {
      const target = path.join(directory, statementId, file);
      if (content === undefined) rmSync(target);
      else writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
    }
    return () => loadCollection(directory);
  }
  const withFile = (file: string, content: unknown) => withFiles({[file]: content});
  /** One of the fixture statement's own files, to change one field of. */
  const own = (file: string) =>
    JSON.parse(readFileSync(path.join(FIXTURE_STATEMENTS_DIRECTORY, statementId, file), 'utf8')) as Record<
      string,
      unknown
    >;
  const entry = {issued: '2024-03-14', original: 'en', paragraphs: ['opening', 'figures'], arguments: {}};

  test.each([
    ['a day that does not exist', {...entry, issued: '2024-02-30'}, /issued/],
    ['a month with no note saying why the day is unknown', {...entry, issued: '2024-03'}, /issuedNote/],
    ['an original language the site does not have', {...entry, original: 'de'}, /original/],
    ['the same paragraph id twice', {...entry, paragraphs: ['opening', 'opening']}, /paragraphs/],
    ['a paragraph id that is not a URL fragment', {...entry, paragraphs: ['Opening Words']}, /paragraphs/],
    ['a date argument that is not a day', {...entry, arguments: {day: {date: 'March 2024'}}}, /arguments/],
    ['a field it does not know', {...entry, published: '2024-03-14'}, /published/],
    ['a correction before it was issued', {...entry, corrections: ['2024-03-01']}, /corrections/],
    ['corrections out of order', {...entry, corrections: ['2024-05-01', '2024-04-01']}, /corrections/],
    ['its original listed as an outdated translation', {...entry, outdatedTranslations: {en: ['title']}}, /outdated/],
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

  test('a text without the notice of a correction in the entry', () => {
    expect(withFile('sv.json', {...own('sv.json'), corrections: {}})).toThrow(
      /sv\.json: it must have a notice for each correction.*missing: 2024-04-02/,
    );
  });

  test('a translation that does not record what it translates, naming the command that does', () => {
    const text = {...own('az.json'), translatedFrom: undefined};
    expect(withFile('az.json', text)).toThrow(/az\.json: translatedFrom[\s\S]*npm run translations:accept/);
  });

  test('a translation that records a version of only some messages', () => {
    const translatedFrom = {...(own('az.json').translatedFrom as object), title: undefined};
    expect(withFile('az.json', {...own('az.json'), translatedFrom})).toThrow(
      /az\.json: translatedFrom.*missing: title/,
    );
  });

  test('a recorded version that is not a source hash', () => {
    const translatedFrom = {...(own('az.json').translatedFrom as object), title: 'latest'};
    expect(withFile('az.json', {...own('az.json'), translatedFrom})).toThrow(/az\.json[\s\S]*source hash/);
  });

  test('an original that records a version of an original', () => {
    expect(withFile('en.json', {...own('en.json'), translatedFrom: own('az.json').translatedFrom})).toThrow(
      /en\.json is the original/,
    );
  });

  test('an outdated translation acknowledged for a language it does not exist in', () => {
    const load = withFiles({'sv.json': undefined});
    expect(load).toThrow(/outdatedTranslations names sv, which has no translation/);
  });

  test('an outdated translation acknowledged for what is not a message', () => {
    expect(
      withFile('statement.json', {...own('statement.json'), outdatedTranslations: {az: ['paragraphs.nope']}}),
    ).toThrow(/outdatedTranslations\.az names what is not a message: paragraphs\.nope/);
  });

  test('a statement without the file of its original language', () => {
    expect(withFile('en.json', undefined)).toThrow(/en\.json, the original, is missing/);
  });

  test('a file that is neither the entry nor a language', () => {
    expect(withFile('de.json', {})).toThrow(/unexpected de\.json/);
  });
});
