import {readdirSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {formatStatement} from '@/lib/content/format';
import {collections} from '../support/content';
import {translatorFor} from '../support/messages';

// Grammar that depends on a figure (issue #24): an ending typed straight after
// an argument ("{idps, number, ::compact-long}dən", "{warYear, date, year}-ci")
// is right only for today's value ("750 mindən", but "1 milyondan"; "2020-ci",
// but "2026-cı"). Write it as a selectordinal or plural, or attach it to a fixed
// word that always follows. This test refuses an argument followed directly by
// a letter, or by "-" and a letter, in any message of any statement, except
// inside a selectordinal's branch, which is chosen by the value
// (`{warYear, selectordinal, one {{warYear}-ci} …}`), and a letter's
// own ordinal ending in its original: where the letter writes an ending its
// figure does not take ("3th", "3-üncü"), the import keeps the figure and the
// letter's words (docs/publishing.md); an ending the figure does take is
// never typed, it is a selectordinal.

const roots = ['messages/statements', 'tests/fixtures/content'];
const endingAfterArgument = /\}(?:\p{L}|-\p{L})/u;
const selectordinal = /\{(\w+), selectordinal,(?:[^{}]|\{[^{}]*(?:\{\w+\}[^{}]*)*\})*\}/gu;

// Compounds whose second part does not change with the value: English
// "30-year", Swedish "30-åriga" (any figure takes the same word).
const invariantCompound = /\}-(?:year|åriga)\b/gu;

// The ending an ordinal takes, by CLDR's ordinal category of its figure, in each language (1st 2nd 3rd 4th; 1:a 3:e;
// 1-ci 3-cü 6-cı 9-cu).
const ordinalEndings: Partial<Record<string, Partial<Record<Intl.LDMLPluralRule, string>>>> = {
  en: {one: 'st', two: 'nd', few: 'rd', other: 'th'},
  sv: {one: ':a', other: ':e'},
  az: {one: '-ci', few: '-cü', many: '-cı', other: '-cu'},
};
const typedOrdinal = /\{(\w+), number(?:, ::group-off)?\}([-:]?\p{L}+)/gu;

/** The text of an original without the letter's own ordinal endings: those its figure does not take. */
function withoutLettersOwnEndings(file: string, text: string): string {
  const entry = JSON.parse(readFileSync(path.join(path.dirname(file), 'statement.json'), 'utf8')) as {
    original: string;
    arguments: Record<string, unknown>;
  };
  const locale = path.basename(file, '.json');
  if (locale !== entry.original) return text;
  return text.replace(typedOrdinal, (typed, name: string, ending: string) => {
    const value = entry.arguments[name];
    if (typeof value !== 'number') return typed;
    const taken = ordinalEndings[locale]?.[new Intl.PluralRules(locale, {type: 'ordinal'}).select(value)];
    return taken === undefined || taken === ending ? typed : `{${name}}`;
  });
}

const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsonFiles(full);
    return name.endsWith('.json') && name !== 'statement.json' ? [full] : [];
  });

const strings = (value: unknown, key: string): [string, string][] => {
  if (typeof value === 'string') return [[key, value]];
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, key === '' ? k : `${key}.${k}`));
  return [];
};

test('no ending is typed after an argument', () => {
  const found = roots
    .flatMap((root) => jsonFiles(root))
    .flatMap((file) =>
      strings(JSON.parse(readFileSync(file, 'utf8')) as unknown, '')
        .filter(([, text]) =>
          endingAfterArgument.test(
            withoutLettersOwnEndings(file, text).replace(selectordinal, '{$1}').replace(invariantCompound, '}'),
          ),
        )
        .map(([key]) => `${file} ${key}`),
    );
  expect(found).toEqual([]);
});

// Rendered with other values: every statement in every language, each figure
// set to each of `counts` and each date moved to a year ending in each
// digit, checked against each language's rule (literal, not the formatter's):
// an Azerbaijani figure takes no ending of its own; an English count of one
// takes a singular noun and any other a plural.
// Every last digit, the tens that change an ordinal's vowel, a hundred and a million.
const counts = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 40, 100, 1_000_000];
const years = [2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029];
const azerbaijaniEndingOnFigure = /\d[-‑]?(?:[dt][aə]n?|[iıuü]n|l[aə]r)\b/u;
/**
 * The Azerbaijani ordinal ending of a number: the vowel of its last word said
 * (bir-inci, iki-nci, üç-üncü, dörd-üncü, beş-inci, altı-ncı, yeddi-nci,
 * səkkiz-inci, doqquz-uncu; on-uncu, iyirmi-nci, otuz-uncu, qırx-ıncı,
 * əlli-nci, altmış-ıncı, yetmiş-inci, səksən-inci, doxsan-ıncı; yüz-üncü,
 * min-inci, milyon-uncu).
 */
function ordinalEnding(n: number): string {
  const units = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu'];
  const tens = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı'];
  if (n % 10 !== 0) return units[n % 10] ?? '';
  if (n % 100 !== 0) return tens[(n % 100) / 10] ?? '';
  if (n % 1000 !== 0) return 'cü';
  return n % 1_000_000 === 0 ? 'cu' : 'ci';
}
const englishDisagreement =
  /(?<![\d,.])1 (?:years|months|days|weeks)\b|(?<![\d,.])(?!1 )[\d,]+ (?:year|month|day|week)\b(?!-)/u;

describe.each(
  collections.flatMap(([name, collection]) =>
    collection.statements.flatMap((statement) =>
      statement.locales.map((locale) => ({name, collection, statement, locale})),
    ),
  ),
)('$name $statement.id $locale, with other values', ({collection, statement, locale}) => {
  test.each(counts)('every figure %i', (count) => {
    for (const year of years) {
      const moved = Object.fromEntries(
        Object.entries(statement.arguments).map(([name, value]) => [
          name,
          value instanceof Date ? new Date(Date.UTC(year, value.getUTCMonth(), value.getUTCDate())) : count,
        ]),
      );
      const text = formatStatement(collection, {...statement, arguments: moved}, locale);
      const sentences = text.paragraphs.map((paragraph) => paragraph.text).join('\n');
      if (locale === 'az') {
        expect(sentences, `${count}, ${year}`).not.toMatch(azerbaijaniEndingOnFigure);
        for (const [, figure = '', ending] of sentences.matchAll(/(\d+)-(c[iıuü])\b/gu)) {
          expect(ending, `${figure}-${ending}`).toBe(ordinalEnding(Number(figure)));
        }
      }
      if (locale === 'en') expect(sentences, `${count}, ${year}`).not.toMatch(englishDisagreement);
    }
  });
});

test('an Azerbaijani year takes the ordinal ending of its last word, whichever year', () => {
  const t = translatorFor('az');
  // 20(19) doqquz-uncu, 20(20) iyirmi-nci, bir-inci, iki-nci, üç-üncü, dörd-üncü, beş-inci, altı-ncı, yeddi-nci,
  // səkkiz-inci, otuz-uncu, qırx-ıncı, əlli-nci, altmış-ıncı, yetmiş-inci, səksən-inci, doxsan-ıncı, yüz-üncü.
  const ordinals: [number, string][] = [
    [2019, '2019-cu'],
    [2020, '2020-ci'],
    [2021, '2021-ci'],
    [2022, '2022-ci'],
    [2023, '2023-cü'],
    [2024, '2024-cü'],
    [2025, '2025-ci'],
    [2026, '2026-cı'],
    [2027, '2027-ci'],
    [2028, '2028-ci'],
    [2030, '2030-cu'],
    [2040, '2040-cı'],
    [2050, '2050-ci'],
    [2060, '2060-cı'],
    [2070, '2070-ci'],
    [2080, '2080-ci'],
    [2090, '2090-cı'],
    [2100, '2100-cü'],
  ];
  // Not 2000 (iki min-inci): CLDR's rules put a round thousand with -cu, and no year of the association (founded 2003)
  // is one before 3000.
  for (const [year, ordinal] of ordinals) {
    expect(t('Archive.yearIntro', {year: String(year)})).toBe(`${ordinal} ilin bəyanatları, ən yeniləri əvvəldə.`);
    expect(t('Archive.noneInLanguage', {year: String(year)})).toMatch(new RegExp(`^${ordinal} ilə aid `));
  }
});
