import {describe, expect, test} from 'vitest';
import {formatMessage} from '@/lib/content/format';
import {datelineDate} from '@/lib/letter/dateline';
import {ArgumentBook} from '@/lib/letter/figures';
import {ordinalEndings} from '@/lib/letter/patterns';
import {routing} from '@/i18n/routing';

// The figures, ordinals and dates of letters, as the docs' format table
// (docs/publishing.md) says each language writes them.

const argumentsOf = (book: ArgumentBook) => book.arguments.map(({name, value}) => [name, value]);

test('a Swedish letter: grouped figures, long and compact, its dates', () => {
  const book = new ArgumentBook('sv');
  expect(
    book.message('Den 14 november 2026 kom 2 500 personer, 750 tusen i alla, den 19 september och i september 2023.'),
  ).toEqual({
    message:
      'Den {date1, date, long} kom {figure1, number} personer, {figure2, number, ::compact-long} i alla, den ' +
      '{date2, date, dayMonth} och i {month1, date, month}.',
    problems: [],
  });
  expect(argumentsOf(book)).toEqual([
    ['date1', {date: '2026-11-14'}],
    ['figure1', 2500],
    ['figure2', 750000],
    ['date2', {date: 'TODO: YYYY-09-19, the letter gives no year'}],
    ['month1', {date: '2023-09-01'}],
  ]);
});

test('an Azerbaijani letter: its grouping, its dates, a year’s ordinal ending computed from the year', () => {
  const book = new ArgumentBook('az');
  const {message, problems} = book.message('19 sentyabr 2023 tarixində 2.500 nəfər, 2020-ci il, 2023-cü il, 2019 il.');
  // The name inside a selectordinal's cases ({year1}) is an argument, not a figure left in the text.
  expect(problems).toEqual([]);
  expect(message).toBe(
    '{date1, date, long} tarixində {figure1, number} nəfər, ' +
      '{year1, selectordinal, one {{year1}-ci} few {{year1}-cü} many {{year1}-cı} other {{year1}-cu}} il, ' +
      '{year2, selectordinal, one {{year2}-ci} few {{year2}-cü} many {{year2}-cı} other {{year2}-cu}} il, ' +
      '{year3, number, ::group-off} il.',
  );
  // A wrong ending in the letter is the letter's: kept as written, not corrected.
  expect(book.message('2023-ci il.')).toEqual({message: '{year4, number, ::group-off}-ci il.', problems: []});
});

describe('an ordinal: a selectordinal whose ending the site chooses by the figure, each as the letter writes it', () => {
  /** The message of the text and what it renders with the book's arguments. */
  const importedOf = (locale: 'sv' | 'en' | 'az', text: string) => {
    const book = new ArgumentBook(locale);
    const {message, problems} = book.message(text);
    const values = Object.fromEntries(book.arguments.map(({name, value}) => [name, value as number]));
    return {message, problems, values, rendered: formatMessage(locale, message, values)};
  };

  test.each(routing.locales)('%s has an ending for each of its CLDR ordinal categories, and none more', (locale) => {
    expect(Object.keys(ordinalEndings[locale]).sort()).toEqual(
      new Intl.PluralRules(locale, {type: 'ordinal'}).resolvedOptions().pluralCategories.sort(),
    );
  });

  test.each([
    {
      case: 'English: st, nd, rd, th, the teens th, next to punctuation',
      locale: 'en' as const,
      text: 'The 1st, 2nd, 3rd and 4th; the 11th, 12th, 13th (and 21st, 22nd, 23rd, 101st, 111th): the 30th.',
      opening:
        'The {ordinal1, selectordinal, one {{ordinal1}st} two {{ordinal1}nd} few {{ordinal1}rd} other {{ordinal1}th}}, ',
      values: [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 30],
    },
    {
      case: 'Swedish: :a after 1 and 2, :e after the rest and the teens',
      locale: 'sv' as const,
      text: 'Den 1:a, 2:a och 3:e; den 11:e, 12:e och 13:e (21:a, 22:a, 26:e). Den 30:e.',
      opening: 'Den {ordinal1, selectordinal, one {{ordinal1}:a} other {{ordinal1}:e}}, ',
      values: [1, 2, 3, 11, 12, 13, 21, 22, 26, 30],
    },
    {
      case: 'Azerbaijani: -ci, -cü, -cı, -cu by the last word’s vowel, as a year’s ending',
      locale: 'az' as const,
      text: '1-ci, 2-ci, 3-cü, 6-cı, 9-cu, 10-cu, 11-ci, 13-cü, 40-cı (32-ci ildönümü), 2020-ci il.',
      opening:
        '{ordinal1, selectordinal, one {{ordinal1}-ci} few {{ordinal1}-cü} many {{ordinal1}-cı} other {{ordinal1}-cu}}, ',
      values: [1, 2, 3, 6, 9, 10, 11, 13, 40, 32, 2020],
    },
  ])('$case', ({locale, text, opening, values}) => {
    const imported = importedOf(locale, text);
    expect(imported.problems).toEqual([]);
    expect(imported.rendered).toBe(text);
    expect(imported.message.startsWith(opening)).toBe(true);
    expect(Object.values(imported.values)).toEqual(values);
  });

  test.each([
    {locale: 'en' as const, text: 'The 3th, the 11st, the 12nd.', message: 'The {ordinal1, number, ::group-off}th, '},
    {locale: 'sv' as const, text: 'Den 3:a, den 11:a, den 3:dje.', message: 'Den {ordinal1, number, ::group-off}:a, '},
    {locale: 'az' as const, text: '3-ci, 6-cu, 3-üncü, 2023-ci il.', message: '{ordinal1, number, ::group-off}-ci, '},
  ])(
    '$locale: an ending the figure does not take, or a long form, is the letter’s: its figure and that ending, word for word',
    ({locale, text, message}) => {
      const imported = importedOf(locale, text);
      expect(imported.problems).toEqual([]);
      expect(imported.rendered).toBe(text);
      expect(imported.message.startsWith(message)).toBe(true);
      expect(imported.message).not.toContain('selectordinal');
    },
  );

  test('a day of a month written as an ordinal is an ordinal, word for word', () => {
    for (const [locale, text] of [
      ['en', 'On March 3rd, the 3rd of March and 3rd March.'],
      ['sv', 'Den 26:e februari.'],
      ['az', '26-cı fevral.'],
    ] as const) {
      const imported = importedOf(locale, text);
      expect(imported.problems).toEqual([]);
      expect(imported.rendered).toBe(text);
      expect(imported.message).toContain('{ordinal1, selectordinal, ');
    }
  });

  test('an ordinal grouped as the language groups a number is written grouped, word for word', () => {
    for (const [locale, text, figure] of [
      ['en', 'The 1,000th and 2,500th.', '{ordinal1, number}th'],
      ['sv', 'Den 1\u00A0000:e och 2\u00A0500:e.', '{ordinal1, number}:e'],
      ['az', '2.500-cü və 1.000-ci.', '{ordinal1, number}-cü'],
    ] as const) {
      const imported = importedOf(locale, text);
      expect(imported.problems).toEqual([]);
      expect(imported.rendered).toBe(text);
      expect(imported.message).toContain(figure);
    }
  });

  test('a figure written with a leading zero is reported, not written otherwise', () => {
    expect(importedOf('en', 'The 03rd.').problems).toEqual([
      {written: '03rd', reason: 'the site would write it "3rd", not as the letter does'},
    ]);
  });
});

test('a date the site would write otherwise is a problem, not a guess', () => {
  expect(new ArgumentBook('sv').message('Den 19 September 2023 kom de.').problems).toEqual([
    {written: '19 September 2023', reason: 'the site would write it "19 september 2023", not as the letter does'},
  ]);
});

test('a dateline gives the day, or the month', () => {
  expect(datelineDate('Stockholm, March 3, 2024', 'en')).toBe('2024-03-03');
  expect(datelineDate('Stockholm den 3 mars 2024', 'sv')).toBe('2024-03-03');
  expect(datelineDate('Upplands Väsby den 3 mars 2024', 'sv')).toBe('2024-03-03');
  expect(datelineDate('den 3 mars 2024', 'sv')).toBe('2024-03-03');
  expect(datelineDate('Mötet hölls den 3 mars 2024.', 'sv')).toBeUndefined();
  expect(datelineDate('Stockholm den March 3, 2024', 'en')).toBeUndefined();
  expect(datelineDate('Stockholm, 3 mars 2024', 'sv')).toBe('2024-03-03');
  expect(datelineDate('Bakı, mart 2024', 'az')).toBe('2024-03');
  expect(datelineDate('We met on March 3, 2024.', 'en')).toBeUndefined();
});
