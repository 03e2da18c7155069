import {describe, expect, test} from 'vitest';
import {translationDrift} from '@/lib/content/sources';
import {translationCases} from '../support/content';

// CI refuses silent drift: a translation renders today's original, or its
// entry says which of its messages are published outdated (and the page then
// says so at each). See lib/content/sources.ts and docs/publishing.md.
describe.each(translationCases)('$name', ({statement, locale}) => {
  test("translates today's original, or its entry acknowledges what is outdated", () => {
    expect(translationDrift(statement, locale).unacknowledged).toEqual([]);
  });

  test('is acknowledged as outdated only where it is', () => {
    expect(translationDrift(statement, locale).needlesslyAcknowledged).toEqual([]);
  });
});
