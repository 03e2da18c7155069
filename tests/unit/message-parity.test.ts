import {describe, expect, test} from 'vitest';
import {statementMessages, translationCases} from '../support/content';
import {parseMessage, signature} from '../support/icu';
import {flattenMessages, loadMessages, locales} from '../support/messages';

// Every translation must use the arguments and tags of its source, so that no
// figure, date or link can go missing or appear twice: the interface files
// against English (en.json, the typed contract), each statement's files against
// its own original.

const mismatchesOf = (source: Map<string, string>, translation: Map<string, string>, where: string) => {
  const mismatches: string[] = [];
  for (const [key, message] of translation) {
    const original = source.get(key);
    if (original === undefined) continue;
    // A figure is the same argument whether a message writes it as it is or chooses its words by its value (an
    // Azerbaijani year's ordinal ending: a selectordinal on `{year}`, the year itself inside it).
    const asArgument = (used: string) => used.replace(/^\{(.+), number\}$/, '{$1}');
    const expected = [
      ...new Set([...signature(parseMessage(`${where} source ${key}`, original))].map(asArgument)),
    ].sort();
    const actual = [...new Set([...signature(parseMessage(`${where} ${key}`, message))].map(asArgument))].sort();
    if (expected.join() !== actual.join()) {
      mismatches.push(`${key}: source has ${expected.join(' ') || 'none'}, ${where} has ${actual.join(' ') || 'none'}`);
    }
  }
  return mismatches;
};

describe('interface message files', () => {
  const source = 'en';
  const sourceMessages = flattenMessages(loadMessages(source));
  const translations = locales.filter((locale) => locale !== source);

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
      expect(() => parseMessage(`${locale}.json ${key}`, message)).not.toThrow();
    }
  });

  test.each(translations)('%s.json uses the same ICU arguments and tags as en.json', (locale) => {
    expect(mismatchesOf(sourceMessages, flattenMessages(loadMessages(locale)), `${locale}.json`)).toEqual([]);
  });
});

describe.each(translationCases)('$name', ({collection, statement, locale}) => {
  test('uses the same ICU arguments and tags as its original', () => {
    const original = statementMessages(collection, statement, statement.originalLocale);
    expect(mismatchesOf(original, statementMessages(collection, statement, locale), locale)).toEqual([]);
  });
});
