import {expect, test} from 'vitest';
import {datelineDate} from '@/lib/letter/dateline';
import {ArgumentBook} from '@/lib/letter/figures';

// The figures and dates of Swedish and Azerbaijani letters, as the docs' format
// table (docs/publishing.md) says each language writes them.

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
  // A wrong ending in the letter is the letter's: reported, not corrected.
  expect(book.message('2023-ci il.').problems).toEqual([
    {written: '2023-ci', reason: 'the site would write it "2023-cü", not as the letter does'},
  ]);
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
