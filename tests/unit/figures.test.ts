import {parse} from '@formatjs/icu-messageformat-parser';
import {describe, expect, test} from 'vitest';
import {collections, statementMessages} from '../support/content';
import {branches, literalText} from '../support/icu';
import {flattenMessages, loadMessages, locales} from '../support/messages';

// A figure or date of a statement is a fact: it comes from an ICU argument fed
// by the statement's entry, never typed into a message, so the languages
// cannot disagree on it.
const digitsTyped = (messages: Map<string, string>) =>
  [...messages]
    .filter(([, message]) => /\d/.test(literalText(parse(message))))
    .map(([key, message]) => `${key}: ${literalText(parse(message)).match(/.{0,20}\d+.{0,20}/)?.[0]}`);

const versions = collections.flatMap(([name, collection]) =>
  collection.statements.flatMap((statement) =>
    statement.locales.map((locale) => ({
      name: `${name} ${statement.id} ${locale}`,
      messages: statementMessages(collection, statement, locale),
    })),
  ),
);

describe('figures and dates', () => {
  test.each(versions)('$name types no digit outside an argument', ({messages}) => {
    expect(digitsTyped(messages)).toEqual([]);
  });

  test.each(locales)('the %s letterhead types no digit outside an argument', (locale) => {
    const letterhead = new Map(
      [...flattenMessages(loadMessages(locale))].filter(([key]) => key.startsWith('Letterhead.')),
    );
    expect(digitsTyped(letterhead)).toEqual([]);
  });

  test.each(locales.filter((locale) => locale !== 'en'))('%s selects offer the same cases as English', (locale) => {
    const english = flattenMessages(loadMessages('en'));
    const mismatches: string[] = [];
    for (const [key, message] of flattenMessages(loadMessages(locale))) {
      const selects = (text: string) =>
        branches(parse(text))
          .filter(({type}) => type === 'select')
          .map(({options}) => [...options].sort().join('|'));
      const original = english.get(key);
      if (original !== undefined && selects(original).join() !== selects(message).join()) mismatches.push(key);
    }
    expect(mismatches).toEqual([]);
  });
});
