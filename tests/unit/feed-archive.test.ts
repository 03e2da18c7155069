import {describe, expect, test} from 'vitest';
import {FEED_ENTRIES, feedPlan, neighbours} from '../../lib/feeds/archive';
import type {Statement} from '../../lib/content/types';

/** A statement with only what the plan reads: its id and the day it was issued. */
const issued = (id: string, day: string) => ({id, issued: {date: new Date(`${day}T00:00:00Z`)}}) as Statement;

describe('a language’s feed documents', () => {
  test('the subscription document carries the newest twenty, and leads nowhere when there are no more', () => {
    expect(FEED_ENTRIES).toBe(20);
    const few = [issued('b', '2024-05-01'), issued('a', '2023-01-01')];
    expect(feedPlan(few)).toEqual({current: few, archiveYears: [2024, 2023], previous: undefined});
  });

  test('every year has an archive document; the subscription leads back to the year of the newest it leaves out', () => {
    const newest = Array.from({length: 19}, (_, index) => issued(`n${index}`, '2025-06-01'));
    const older = [issued('y', '2024-12-31'), issued('x', '2024-01-01'), issued('w', '2022-03-03')];
    const plan = feedPlan([...newest, ...older]);
    expect(plan.current.map(({id}) => id)).toEqual([...newest.map(({id}) => id), 'y']);
    expect(plan.archiveYears).toEqual([2025, 2024, 2022]);
    expect(plan.previous).toBe(2024);
  });

  test('each archive document links the next older (prev-archive) and the next newer (next-archive)', () => {
    expect(neighbours([2024, 2022, 2019], 2024)).toEqual({older: 2022, newer: undefined});
    expect(neighbours([2024, 2022, 2019], 2022)).toEqual({older: 2019, newer: 2024});
    expect(neighbours([2024, 2022, 2019], 2019)).toEqual({older: undefined, newer: 2022});
  });
});
