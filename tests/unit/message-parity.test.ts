import {parse, TYPE} from '@formatjs/icu-messageformat-parser';
import type {MessageFormatElement} from '@formatjs/icu-messageformat-parser';
import {describe, expect, test} from 'vitest';
import {flattenMessages, loadMessages, locales} from '../support/messages';

const source = 'en';
const sourceMessages = flattenMessages(loadMessages(source));
const translations = locales.filter((locale) => locale !== source);

/** The ICU arguments (with their type) and rich-text tags a message uses. */
function signature(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    switch (element.type) {
      case TYPE.argument:
        found.add(`{${element.value}}`);
        break;
      case TYPE.number:
        found.add(`{${element.value}, number}`);
        break;
      case TYPE.date:
        found.add(`{${element.value}, date}`);
        break;
      case TYPE.time:
        found.add(`{${element.value}, time}`);
        break;
      case TYPE.plural:
      case TYPE.select:
        // A plural in one language may be a plain number in another, so the
        // argument counts, not the way it is spelled.
        found.add(`{${element.value}, ${element.type === TYPE.select ? 'select' : 'number'}}`);
        for (const option of Object.values(element.options)) signature(option.value, found);
        break;
      case TYPE.tag:
        found.add(`<${element.value}>`);
        signature(element.children, found);
        break;
      default:
        break;
    }
  }
  return found;
}

function parseOrThrow(locale: string, key: string, message: string) {
  try {
    return parse(message);
  } catch (error) {
    throw new Error(`${locale}.json ${key}: ${(error as Error).message}\n  ${message}`);
  }
}

describe('message files', () => {
  test.each(locales)('%s.json has no empty message', (locale) => {
    const empty = [...flattenMessages(loadMessages(locale))].filter(([, text]) => text.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  test.each(translations)('%s.json has exactly the keys of en.json', (locale) => {
    const keys = [...flattenMessages(loadMessages(locale)).keys()];
    const missing = [...sourceMessages.keys()].filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !sourceMessages.has(key));
    expect({missing, extra}).toEqual({missing: [], extra: []});
  });

  test.each(locales)('every message in %s.json parses as ICU', (locale) => {
    for (const [key, message] of flattenMessages(loadMessages(locale))) {
      expect(() => parseOrThrow(locale, key, message)).not.toThrow();
    }
  });

  test.each(translations)('%s.json uses the same ICU arguments and tags as en.json', (locale) => {
    const mismatches: string[] = [];
    for (const [key, message] of flattenMessages(loadMessages(locale))) {
      const original = sourceMessages.get(key);
      if (original === undefined) continue;
      const expected = [...signature(parseOrThrow(source, key, original))].sort();
      const actual = [...signature(parseOrThrow(locale, key, message))].sort();
      if (expected.join() !== actual.join()) {
        mismatches.push(`${key}: en has ${expected.join(' ') || 'none'}, ${locale} has ${actual.join(' ') || 'none'}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
