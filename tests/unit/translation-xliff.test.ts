import {cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest';
import type {Locale} from 'next-intl';
import {loadCollection} from '@/lib/content/collection';
import {formatStatement} from '@/lib/content/format';
import type {Collection} from '@/lib/content/collection';
import type {Statement} from '@/lib/content/types';
import {translationsOf} from '@/lib/content/versions';
import {routing} from '@/i18n/routing';
import {readXliff} from '@/lib/translation/xliffDocument';
import {exportXliff, main as exportMain} from '@/scripts/editor/translation-export.mjs';
import {importXliff} from '@/scripts/editor/translation-import.mjs';
import {
  callEditorCommand,
  EDITOR_COMMAND_TIMEOUT,
  FIXTURE_STATEMENTS,
  readJson,
  runEditorCommand,
  SITE_STATEMENTS,
} from '../support/editor';
import {fixtureFolder, siteFolder, statementMessages, statementsWith} from '../support/content';
import {loadGlossary} from '../support/glossary';

// translation:export and translation:import (scripts/editor/, lib/translation/):
// a translation as XLIFF 2.0 for a CAT tool and back, in scratch copies of the
// site's and the fixture statements; the commands' functions in-process, each
// command once as a real process.
vi.setConfig({testTimeout: EDITOR_COMMAND_TIMEOUT});

let scratch: string;
let content: string;
beforeEach(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'translation-xliff-'));
  content = path.join(scratch, 'statements');
});
afterEach(() => rmSync(scratch, {recursive: true, force: true}));

/** Every file under a folder with its bytes, so that a refusal can be shown to have written nothing. */
const snapshot = (directory: string) =>
  Object.fromEntries(
    readdirSync(directory, {recursive: true, encoding: 'utf8'})
      .sort()
      .filter((file) => statSync(path.join(directory, file)).isFile())
      .map((file) => [file, readFileSync(path.join(directory, file), 'utf8')]),
  );

/** Exports a translation into the scratch folder, lets `edit` play the translator, and imports it. */
async function roundTrip(id: string, locale: string, edit: (xliff: string) => string = (xliff) => xliff) {
  const file = path.join(scratch, `${id}.${locale}.xlf`);
  writeFileSync(file, edit(exportXliff(content, id, locale)));
  return importXliff(file, content);
}

/** The refusal of a file, and that nothing under the content folder changed. */
async function refusal(id: string, locale: string, edit: (xliff: string) => string) {
  const before = snapshot(content);
  const error = await roundTrip(id, locale, edit).then(
    () => undefined,
    (thrown: unknown) => thrown as Error,
  );
  expect(snapshot(content)).toEqual(before);
  return error?.message ?? 'accepted';
}

// Every translation of the site's statements, and of the fixture collection's
// (which has one outdated and acknowledged): the site's alone may have none yet.
const translations = [siteFolder, fixtureFolder].flatMap(({name, directory, collection}) =>
  collection.statements.flatMap((statement) =>
    translationsOf(statement).map((locale) => ({name, directory, id: statement.id, locale})),
  ),
);

test.each(translations)(
  '$name $id $locale: exported and imported unchanged, every file is byte for byte the same',
  async ({directory, id, locale}) => {
    cpSync(directory, content, {recursive: true});
    await roundTrip(id, locale);
    expect(snapshot(content)).toEqual(snapshot(directory));
  },
);

test('each unit has a note for each glossary term its source uses, with the target language’s rendering', () => {
  const columns: Record<string, string> = {sv: 'Swedish', en: 'English', az: 'Azerbaijani'};
  /** The first term of the glossary an original paragraph uses (as the glossary test reads it), and that paragraph. */
  const termIn = (collection: Collection, candidate: Statement) => {
    const from = columns[candidate.originalLocale] ?? '';
    const paragraphs = [...statementMessages(collection, candidate, candidate.originalLocale)].filter(([key]) =>
      key.startsWith('paragraphs.'),
    );
    for (const row of loadGlossary()) {
      const paragraph = paragraphs.find(([, text]) => text.includes(row[from] ?? '\u0000'));
      if (paragraph) return {row, key: paragraph[0]};
    }
    return undefined;
  };
  // A translated statement whose original uses a term of the glossary: the site's, or the fixture's while the
  // site has none (a statement without one, a newly published one say, has nothing to prove it on).
  const {from, found} = statementsWith(
    (candidate, {collection}) => translationsOf(candidate).length > 0 && termIn(collection, candidate) !== undefined,
  );
  const statement = found[0] as Statement;
  const [locale = statement.originalLocale] = translationsOf(statement);
  const {row, key} = termIn(from.collection, statement) ?? {row: {}, key: ''};
  const unit = readXliff(exportXliff(from.directory, statement.id, locale)).units.find(
    (candidate) => candidate.id === key,
  );
  const term = `${row[columns[statement.originalLocale] ?? ''] ?? ''} → ${row[columns[locale] ?? ''] ?? ''}`;
  expect(unit?.notes.some((note) => note.startsWith(term))).toBe(true);
});

/** Paragraph `figures` of a statement of the scratch copy, as exported for translation into `target`. */
const figuresUnit = (id: string, target: string) =>
  readXliff(exportXliff(content, id, target)).units.find((each) => each.id === 'paragraphs.figures');

/** Writes a statement's paragraph `figures` in one language of the scratch copy. */
function setFigures(id: string, locale: string, message: string) {
  const file = path.join(content, id, `${locale}.json`);
  const json = readJson(file) as {paragraphs: Record<string, string>};
  json.paragraphs.figures = message;
  writeFileSync(file, JSON.stringify(json, null, 2));
}

describe('a statement with a plural, and a translation with a selectordinal of its own', () => {
  const id = '2024-03-fixture-first-statement';
  const plural = 'It counts {count, plural, one {# figure} other {# figures}}, on {day, date, long}.';
  const ordinal =
    'O, {count, selectordinal, one {#-ci} few {#-cü} many {#-cı} other {#-cu}} rəqəmi {day, date, long} sayır.';
  beforeEach(() => {
    cpSync(FIXTURE_STATEMENTS, content, {recursive: true});
    setFigures(id, 'en', plural);
    setFigures(id, 'az', ordinal);
  });

  test('the branches’ words are text between the plural’s codes, and the ICU is in originalData', () => {
    const unit = figuresUnit(id, 'az');
    expect(unit?.source.filter((item) => typeof item === 'string')).toEqual([
      'It counts ',
      ' figure',
      ' figures',
      ', on ',
      '.',
    ]);
    expect(Object.values(unit?.data ?? {})).toEqual(
      expect.arrayContaining(['{count, plural, one {', '} other {', '}}', '#', '{count, selectordinal, one {']),
    );
  });

  test.each(['az', 'sv'])('%s: exported and imported twice, byte for byte the same the second time', async (locale) => {
    await roundTrip(id, locale);
    const once = snapshot(content);
    await roundTrip(id, locale);
    expect(snapshot(content)).toEqual(once);
    const written = readJson(path.join(content, id, `${locale}.json`)) as {paragraphs: Record<string, string>};
    // Each translation's own form of the figure, whatever the original's plural.
    expect(written.paragraphs.figures).toBe(
      locale === 'az'
        ? ordinal
        : 'Dess andra stycke innehåller ett tal, {count, number}, och ett datum, {day, date, long}.',
    );
  });

  test('a translator’s words in the branches come back inside the same structure', async () => {
    await roundTrip(id, 'sv', (xliff) =>
      xliff.replace(
        /(<unit id="paragraphs.figures">[\s\S]*?<target>)[\s\S]*?(<\/target>)/,
        (_, open: string, close: string) =>
          `${open}Det räknar <ph id="1" dataRef="d1"/><ph id="2" dataRef="d2"/> tal<ph id="3" dataRef="d3"/><ph id="4" dataRef="d4"/> tal<ph id="5" dataRef="d5"/>, den <ph id="6" dataRef="d6"/>.${close}`,
      ),
    );
    const written = readJson(path.join(content, id, 'sv.json')) as {paragraphs: Record<string, string>};
    expect(written.paragraphs.figures).toBe(
      'Det räknar {count, plural, one {# tal} other {# tal}}, den {day, date, long}.',
    );
  });

  test('a figure moved out of its plural is refused, naming the unit', async () => {
    const before = snapshot(content);
    const moved = (xliff: string) =>
      xliff.replace(
        /(<unit id="paragraphs.figures">[\s\S]*?<target>)[\s\S]*?(<\/target>)/,
        (_, open: string, close: string) =>
          `${open}Det räknar <ph id="2" dataRef="d2"/> <ph id="1" dataRef="d1"/>tal<ph id="3" dataRef="d3"/><ph id="4" dataRef="d4"/> tal<ph id="5" dataRef="d5"/>, den <ph id="6" dataRef="d6"/>.${close}`,
      );
    await expect(roundTrip(id, 'sv', moved)).rejects.toThrow(
      /unit paragraphs\.figures: a # placeholder \(the figure\) is outside its plural: 2, 4/,
    );
    expect(snapshot(content)).toEqual(before);
  });
});

describe('an original with an ordinal (a selectordinal), and translations with their own', () => {
  const id = '2024-03-fixture-first-statement';
  const english =
    'It is the {count, selectordinal, one {{count}st} two {{count}nd} few {{count}rd} other {{count}th}} figure, on {day, date, long}.';
  const own: Record<string, string> = {
    sv: 'Det är det {count, selectordinal, one {{count}:a} other {{count}:e}} talet, den {day, date, long}.',
    az: 'Bu, {day, date, long} tarixində {count, selectordinal, one {{count}-ci} few {{count}-cü} many {{count}-cı} other {{count}-cu}} rəqəmdir.',
  };
  /** The paragraph as a reader sees it, in the fixture's entry (count 12, day 2024-03-14). */
  const rendered = (locale: Locale) => {
    const collection = loadCollection(content);
    const statement = collection.get(id);
    if (!statement) throw new Error(`${id} does not load`);
    return formatStatement(collection, statement, locale).paragraphs.find((paragraph) => paragraph.id === 'figures')
      ?.text;
  };
  beforeEach(() => {
    cpSync(FIXTURE_STATEMENTS, content, {recursive: true});
    setFigures(id, 'en', english);
  });

  test('the endings are text between the selectordinal’s codes, the figure a code in each case', () => {
    const unit = figuresUnit(id, 'sv');
    expect(unit?.source.filter((item) => typeof item === 'string')).toEqual([
      'It is the ',
      'st',
      'nd',
      'rd',
      'th',
      ' figure, on ',
      '.',
    ]);
    expect(
      unit?.source.filter((item) => typeof item !== 'string').map((item) => unit.data[item.dataRef ?? '']),
    ).toEqual([
      '{count, selectordinal, one {',
      '{count}',
      '} two {',
      '{count}',
      '} few {',
      '{count}',
      '} other {',
      '{count}',
      '}}',
      '{day, date, long}',
    ]);
  });

  test.each(['sv', 'az'] as const)(
    '%s: its own selectordinal is exported and imported byte for byte, and renders its ending',
    async (locale) => {
      setFigures(id, locale, own[locale] ?? '');
      await roundTrip(id, locale);
      const once = snapshot(content);
      await roundTrip(id, locale);
      expect(snapshot(content)).toEqual(once);
      expect(
        (readJson(path.join(content, id, `${locale}.json`)) as {paragraphs: Record<string, string>}).paragraphs.figures,
      ).toBe(own[locale]);
      expect(rendered(locale)).toBe(
        locale === 'sv' ? 'Det är det 12:e talet, den 14 mars 2024.' : 'Bu, 14 mart 2024 tarixində 12-ci rəqəmdir.',
      );
      expect(rendered('en')).toBe('It is the 12th figure, on March 14, 2024.');
    },
  );

  test('a Swedish translator keeps the cases Swedish has, one and other, from the original’s codes', async () => {
    await roundTrip(id, 'sv', (xliff) =>
      xliff.replace(
        /(<unit id="paragraphs.figures">[\s\S]*?<target>)[\s\S]*?(<\/target>)/,
        (_, open: string, close: string) =>
          `${open}Det är det <ph id="1" dataRef="d1"/><ph id="2" dataRef="d2"/>:a<ph id="7" dataRef="d7"/><ph id="8" dataRef="d8"/>:e<ph id="9" dataRef="d9"/> talet, den <ph id="10" dataRef="d10"/>.${close}`,
      ),
    );
    expect(
      (readJson(path.join(content, id, 'sv.json')) as {paragraphs: Record<string, string>}).paragraphs.figures,
    ).toBe(own.sv);
    expect(rendered('sv')).toBe('Det är det 12:e talet, den 14 mars 2024.');
  });
});

describe('a new translation', () => {
  const id = '2024-11-fixture-azerbaijani-original';
  beforeEach(() => cpSync(FIXTURE_STATEMENTS, content, {recursive: true}));

  test('has no targets, and is refused until every unit is translated', async () => {
    const xliff = readXliff(exportXliff(content, id, 'sv'));
    expect(xliff.units.map((unit) => unit.target)).toEqual(xliff.units.map(() => undefined));
    expect(await refusal(id, 'sv', (text) => text)).toMatch(/units not translated \(no target\): title, description/);
  });

  test('is written with the original’s members in their order, and records today’s original', async () => {
    // A CAT tool's "copy source to target": every target the source, codes and all.
    const copied = (text: string) => text.replace(/<source>(.*)<\/source>/g, '<source>$1</source><target>$1</target>');
    const {created} = await roundTrip(id, 'sv', copied);
    expect(created).toBe(true);
    const original = readJson(path.join(content, id, 'az.json')) as Record<string, unknown>;
    const written = readJson(path.join(content, id, 'sv.json')) as Record<string, unknown>;
    // The English translation of the same original records today's original (translations:status: translated).
    const english = readJson(path.join(content, id, 'en.json')) as {translatedFrom: Record<string, string>};
    expect(written).toEqual({...original, translatedFrom: english.translatedFrom});
    expect(Object.keys(written)).toEqual([...Object.keys(original), 'translatedFrom']);
  });
});

describe('an outdated translation', () => {
  // The fixture's Swedish paragraphs.figures is outdated, and its entry publishes it so (tests/fixtures/content/README.md).
  const id = '2024-03-fixture-first-statement';
  const figures = (text: string) => (xliff: string) =>
    xliff.replace(/(<unit id="paragraphs.figures">[\s\S]*?<target>)[^<]*/, (_, open: string) => `${open}${text}`);
  beforeEach(() => cpSync(FIXTURE_STATEMENTS, content, {recursive: true}));

  test('comes back unchanged: the message the translator left stays outdated, every file as it was', async () => {
    const {outdated} = await roundTrip(id, 'sv');
    expect(outdated).toEqual(['paragraphs.figures']);
    expect(snapshot(content)).toEqual(snapshot(FIXTURE_STATEMENTS));
  });

  test('with the message translated again: recorded as today’s original, and no longer listed in the entry', async () => {
    const {outdated} = await roundTrip(id, 'sv', figures('Dess andra stycke ger ett tal, '));
    expect(outdated).toEqual([]);
    const sv = readJson(path.join(content, id, 'sv.json')) as {translatedFrom: Record<string, string>};
    // The Azerbaijani translation was accepted again after the same change: its record is today's.
    const az = readJson(path.join(content, id, 'az.json')) as {translatedFrom: Record<string, string>};
    expect(sv.translatedFrom).toEqual(az.translatedFrom);
    expect(readJson(path.join(content, id, 'statement.json'))).not.toHaveProperty('outdatedTranslations');
  });
});

describe('translation:import refuses, naming the unit and the placeholder, and writes nothing', () => {
  const id = '2024-03-fixture-first-statement';
  const locale = 'az';
  beforeEach(() => cpSync(FIXTURE_STATEMENTS, content, {recursive: true}));
  /** Edits the target of paragraphs.figures (`… ({count, number}) … ({day, date, long}) …`). */
  const target = (edit: (target: string) => string) => (xliff: string) =>
    xliff.replace(
      /(<unit id="paragraphs.figures">[\s\S]*?<target>)([\s\S]*?)(<\/target>)/,
      (_, open: string, text: string, close: string) => `${open}${edit(text)}${close}`,
    );

  test('a placeholder changed to another', async () => {
    expect(
      await refusal(
        id,
        locale,
        target((text) => text.replace('dataRef="d1"', 'dataRef="d2"')),
      ),
    ).toMatch(/unit paragraphs\.figures: placeholder 1 \(\{count, number\}\) was changed to \{day, date, long\}/);
  });

  test('a placeholder removed', async () => {
    expect(
      await refusal(
        id,
        locale,
        target((text) => text.replace(/<ph id="2"[^>]*\/>/, '')),
      ),
    ).toMatch(/unit paragraphs\.figures: placeholder \{day, date, long\} of the original is missing/);
  });

  test('a placeholder added that the file does not define', async () => {
    expect(
      await refusal(
        id,
        locale,
        target((text) => `${text}<ph id="9" dataRef="d9"/>`),
      ),
    ).toMatch(/unit paragraphs\.figures: placeholder 9 is not in the original/);
  });

  test('a placeholder added for an argument the original does not have', async () => {
    const added = (xliff: string) =>
      target((text) => `${text} <ph id="t9" dataRef="dt9"/>`)(xliff).replace(
        /(<unit id="paragraphs.figures">[\s\S]*?<originalData>)/,
        '$1<data id="dt9">{wounded, number}</data>',
      );
    expect(await refusal(id, locale, added)).toMatch(
      /unit paragraphs\.figures: placeholder \{wounded, number\} is not in the original/,
    );
  });

  test('a placeholder given twice', async () => {
    expect(
      await refusal(
        id,
        locale,
        target((text) => `${text}<ph id="1" dataRef="d1"/>`),
      ),
    ).toMatch(/unit paragraphs\.figures: placeholder 1 appears twice/);
  });

  test('a brace typed into the text', async () => {
    expect(
      await refusal(
        id,
        locale,
        target((text) => `${text} {`),
      ),
    ).toMatch(/unit paragraphs\.figures: the translation is not a valid message/);
  });

  test('a unit without its translation', async () => {
    const untranslated = (xliff: string) => xliff.replace(/(<unit id="closing">[\s\S]*?)<target>.*<\/target>\n/, '$1');
    expect(await refusal(id, locale, untranslated)).toMatch(/units not translated \(no target\): closing/);
  });

  test('a unit missing, and one that is not a message of the statement', async () => {
    const renamed = (xliff: string) => xliff.replace('<unit id="closing">', '<unit id="paragraphs.closing">');
    const message = await refusal(id, locale, renamed);
    expect(message).toMatch(/units missing: closing/);
    expect(message).toMatch(/units that are not messages of 2024-03-fixture-first-statement: paragraphs\.closing/);
  });

  test('a file for another original language', async () => {
    expect(await refusal(id, locale, (xliff) => xliff.replace('srcLang="en"', 'srcLang="sv"'))).toMatch(
      /its source language is sv, but the original of 2024-03-fixture-first-statement is en/,
    );
  });

  test('a file for a statement that does not exist', async () => {
    expect(await refusal(id, locale, (xliff) => xliff.replace(`<file id="${id}"`, '<file id="2020-01-none"'))).toMatch(
      /is for statement "2020-01-none", which .* does not have/,
    );
  });

  test('a file whose source has changed since the export', async () => {
    const source = (xliff: string) => xliff.replace('<source>Test closing,</source>', '<source>Test regards,</source>');
    expect(await refusal(id, locale, source)).toMatch(/unit closing: its source is not today's original/);
  });

  test.each([
    [
      'not XML',
      () => 'Dear editor, here is the translation.',
      /is not well-formed XML: text data outside of root node\. \(line 1, column \d+\)/,
    ],
    [
      'XML cut short',
      (xliff: string) => xliff.slice(0, xliff.indexOf('</target>')),
      /is not well-formed XML: .*\(line \d+, column \d+\)/,
    ],
    [
      'not XLIFF',
      () => '<html><body>translation</body></html>',
      /is not an XLIFF file: its root element is <html>, not <xliff>/,
    ],
    [
      'XLIFF 1.2',
      () => '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file/></xliff>',
      /it is XLIFF 1\.2 \(namespace urn:oasis:names:tc:xliff:document:1\.2\), not XLIFF 2\.0/,
    ],
    [
      'a version other than 2.0',
      (xliff: string) => xliff.replace('version="2.0"', 'version="2.1"'),
      /it is XLIFF 2\.1, not XLIFF 2\.0/,
    ],
  ])('a file that is %s', async (_, edit, message) => {
    expect(await refusal(id, locale, edit)).toMatch(message);
  });
});

test('translation:export of a statement whose original has no description yet names the file and field, no stack', async () => {
  cpSync(SITE_STATEMENTS, content, {recursive: true});
  const [statement] = loadCollection(SITE_STATEMENTS).statements;
  if (!statement) throw new Error('no statement');
  const file = path.join(content, statement.id, `${statement.originalLocale}.json`);
  writeFileSync(file, JSON.stringify({...(readJson(file) as object), description: ''}));
  // A language to translate into: any but the original's.
  const target = routing.locales.find((locale) => locale !== statement.originalLocale) ?? '';
  const {status, stderr} = await callEditorCommand('translation:export', exportMain, [
    statement.id,
    target,
    '--content',
    content,
    '--out',
    path.join(scratch, 'out.xlf'),
  ]);
  expect(status).toBe(1);
  expect(stderr).toMatch(/^translation:export: .*\.json is not a valid statement file:[\s\S]*description/);
  expect(stderr).toContain('write it');
  expect(stderr).not.toMatch(/\n\s+at /);
});

describe('the commands, as the editor runs them', () => {
  test('translation:export writes the file it names, and translation:import refuses a bad one with exit code 1', () => {
    cpSync(FIXTURE_STATEMENTS, content, {recursive: true});
    const out = path.join(scratch, 'first.az.xlf');
    const exported = runEditorCommand('translation-export.mjs', [
      '2024-03-fixture-first-statement',
      'az',
      '--content',
      content,
      '--out',
      out,
    ]);
    expect(exported.status).toBe(0);
    expect(exported.stdout).toContain(`${out}: 2024-03-fixture-first-statement, az, XLIFF 2.0`);
    expect(readXliff(readFileSync(out, 'utf8')).trgLang).toBe('az');
    const before = snapshot(content);
    writeFileSync(out, readFileSync(out, 'utf8').replace('version="2.0"', 'version="1.2"'));
    const imported = runEditorCommand('translation-import.mjs', [out, '--content', content]);
    expect(imported.status).toBe(1);
    expect(imported.stderr).toMatch(/^translation:import: .*first\.az\.xlf: it is XLIFF 1\.2, not XLIFF 2\.0/);
    expect(snapshot(content)).toEqual(before);
  });
});
