import type {Locale} from 'next-intl';
import {describe, expect, test} from 'vitest';
import {archiveYears, RECENT_ON_FRONT_PAGE, statementsOfYear, yearOf, yearSummaries} from '../../lib/content/archive';
import type {Statement} from '../../lib/content/types';

/** A statement with only what the archive reads: its id, when it was issued, its languages. */
function issued(id: string, iso: string, locales: Locale[]): Statement {
  return {
    id,
    issued: {
      iso,
      precision: iso.length === 7 ? 'month' : 'day',
      date: new Date(`${iso.length === 7 ? `${iso}-01` : iso}T00:00:00Z`),
    },
    originalLocale: locales[0] ?? 'en',
    paragraphIds: [],
    arguments: {},
    locales,
    corrections: [],
    outdated: {},
    acknowledgedOutdated: {},
  };
}

// Newest first, as the collection orders them.
const statements = [
  issued('c', '2025-01-01', ['sv']),
  issued('b', '2024-12-31', ['en', 'sv']),
  issued('a', '2024-03', ['en']),
  issued('z', '2021-06-15', ['az']),
];

describe('the archive by year', () => {
  test('a statement belongs to the year it was issued in, in UTC, a month-only date included', () => {
    expect(statements.map(yearOf)).toEqual([2025, 2024, 2024, 2021]);
  });

  test('has a year for each year with any statement, newest first, and none for the years between', () => {
    expect(archiveYears(statements)).toEqual([2025, 2024, 2021]);
    expect(archiveYears([])).toEqual([]);
  });

  test('lists a year’s statements in the order given', () => {
    expect(statementsOfYear(statements, 2024).map(({id}) => id)).toEqual(['b', 'a']);
    expect(statementsOfYear(statements, 2023)).toEqual([]);
  });

  test('counts, for each year, its statements in a language and those only in others', () => {
    expect(yearSummaries(statements, 'sv')).toEqual([
      {year: 2025, count: 1, elsewhere: 0},
      {year: 2024, count: 1, elsewhere: 1},
      {year: 2021, count: 0, elsewhere: 1},
    ]);
    expect(yearSummaries(statements, 'az')).toEqual([
      {year: 2025, count: 0, elsewhere: 1},
      {year: 2024, count: 0, elsewhere: 2},
      {year: 2021, count: 1, elsewhere: 0},
    ]);
  });

  test('a front page lists ten statements of its language, the newest leading', () => {
    expect(RECENT_ON_FRONT_PAGE).toBe(10);
  });
});
