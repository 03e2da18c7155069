import {parse, TYPE} from '@formatjs/icu-messageformat-parser';
import type {MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import {describe, expect, test} from 'vitest';
import {flattenMessages, loadMessages, locales} from '../support/messages';

// Namespaces whose figures and dates are facts of the statement: each must come
// from an ICU argument fed by app/_lib/statement.ts, never be typed into a message.
const factualNamespaces = ['Statement.', 'Letterhead.'];

/** The text a translator typed, without the arguments. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        return Object.values(element.options)
          .map((option) => literalText(option.value))
          .join(' ');
      }
      return '';
    })
    .join('');
}

function branches(elements: MessageFormatElement[], found: {type: string; options: string[]}[] = []) {
  for (const element of elements) {
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.push({type: element.type === TYPE.plural ? 'plural' : 'select', options: Object.keys(element.options)});
      for (const option of Object.values(element.options)) branches(option.value, found);
    } else if (element.type === TYPE.tag) {
      branches(element.children, found);
    }
  }
  return found;
}

describe('figures and dates', () => {
  test.each(locales)('no %s statement message types a digit outside an argument', (locale) => {
    const offenders = [...flattenMessages(loadMessages(locale))]
      .filter(([key]) => factualNamespaces.some((namespace) => key.startsWith(namespace)))
      .filter(([, message]) => /\d/.test(literalText(parse(message))))
      .map(([key, message]) => `${key}: ${literalText(parse(message)).match(/.{0,20}\d+.{0,20}/)?.[0]}`);
    expect(offenders).toEqual([]);
  });

  test.each(locales)('every plural and select in %s.json has an `other` branch', (locale) => {
    const missing = [...flattenMessages(loadMessages(locale))]
      .filter(([, message]) => branches(parse(message)).some(({options}) => !options.includes('other')))
      .map(([key]) => key);
    expect(missing).toEqual([]);
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
