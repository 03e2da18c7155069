import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import type {Locale} from 'next-intl';
import {describe, expect, test} from 'vitest';
import {routing} from '@/i18n/routing';
import {paragraphIds} from '@/lib/letter/ids';
import {isStatementPage} from '@/lib/routing/paths';
import {spellingsOf} from '@/lib/search/spellings';
import {glossaryColumn, glossaryNotes} from '@/lib/translation/glossary';
import * as builds from '../support/builds';
import * as messages from '../support/messages';

// A language is one entry: its line in i18n/routing.ts and its messages file
// (docs/architecture.md, "Adding a language"). Every table that depends on the
// languages is built from that list, and what is known of some languages only
// (a glossary column, stop words, spellings) is optional per language. Here
// the tables are built for a fourth language the site does not have.
const fourth = 'de';
const locales = [...routing.locales, fourth];
const root = path.resolve(import.meta.dirname, '../..');

describe('a fourth language', () => {
  test('the glossary: its column is headed with its English name; without one, its units have no notes', () => {
    expect(glossaryColumn(fourth)).toBe('German');
    const glossary = [{English: 'Second Karabakh War', Azerbaijani: 'İkinci Qarabağ müharibəsi', Note: ''}];
    const text = 'Since the Second Karabakh War';
    expect(glossaryNotes(glossary, text, 'en', 'az')).toEqual(['Second Karabakh War → İkinci Qarabağ müharibəsi']);
    expect(glossaryNotes(glossary, text, 'en', fourth)).toEqual([]);
  });

  test("a letter's paragraph ids: proposed from its words, without a list of words to leave out", () => {
    const paragraphs = ['Die Minen im Karabach verletzen Menschen.', 'Wir bitten um Hilfe für die Opfer.'];
    expect(paragraphIds(paragraphs, fourth as Locale)).toEqual(['minen-im', 'wir-bitten']);
  });

  test('the search index: its statement pages, whatever the length of its code', () => {
    expect(isStatementPage(`/${fourth}/statements/2030-01-x.html`, locales)).toBe(true);
    expect(isStatementPage('/fil/statements/2030-01-x.html', [...locales, 'fil'])).toBe(true);
    expect(isStatementPage('/xx/statements/2030-01-x.html', locales)).toBe(false);
    expect(isStatementPage(`/${fourth}/search.html`, locales)).toBe(false);
    expect(spellingsOf('minen', fourth as Locale)).toEqual(['minen']);
  });

  test('the tests: the languages they know are the routing list itself', () => {
    expect(builds.locales).toBe(routing.locales);
    expect(messages.locales).toBe(routing.locales);
  });
});

// A list of the languages written out anywhere else would be a second entry to keep: an array of their codes
// or an alternation of them in a pattern, in any hand-written source (deploy/nginx/ is written from lib/routing
// by npm run hosts:nginx; tests/fixtures/ is content).
const codeList = /\[\s*((?:(['"])[a-z]{2,3}\2\s*,\s*)+(['"])[a-z]{2,3}\3)\s*,?\s*\]/g;
const alternation = /(?<![\w|])[a-z]{2,3}(?:\|[a-z]{2,3})+(?![\w|])/g;
const listsEveryLanguage = (codes: string[]) => routing.locales.every((locale) => codes.includes(locale));

/** The lists of every language that `text` writes out. */
function languageLists(text: string): string[] {
  return [
    ...[...text.matchAll(codeList)].map(([list]) => list),
    ...[...text.matchAll(alternation)].map(([list]) => list),
  ].filter((list) => listsEveryLanguage(list.match(/[a-z]+/g) ?? []));
}

test('finds a list of the languages in the forms it looks for', () => {
  const [first = '', second = '', third = ''] = routing.locales;
  expect(languageLists(`const locales = ['${second}', "${first}", '${third}'];`)).toHaveLength(1);
  expect(languageLists(`/^\\/(${third}|${first}|${second})\\//`)).toHaveLength(1);
  expect(languageLists(`['${first}', '${second}'], ['statement', '${first}', '${second}', '${third}']`)).toEqual([]);
});

test('no file but i18n/routing.ts lists the languages', () => {
  const sources = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: root,
    encoding: 'utf8',
  })
    .split('\0')
    .filter((file) => /\.(ts|tsx|mts|mjs|js)$/.test(file))
    .filter((file) => !/^(deploy\/nginx|tests\/fixtures)\//.test(file) && file !== 'i18n/routing.ts');
  const lists = sources.flatMap((file) =>
    languageLists(readFileSync(path.join(root, file), 'utf8')).map((list) => `${file}: ${list}`),
  );
  expect(lists).toEqual([]);
});
