import {describe, expect, test} from 'vitest';
import {statementMessages, translationCases} from '../support/content';
import {loadGlossary} from '../support/glossary';
import {locales} from '../support/messages';

// messages/GLOSSARY.md: wherever a statement's original uses a term of the
// glossary, each translation of it uses that language's rendering. A statement
// written in Azerbaijani is checked from the Azerbaijani column, and so on.
const columns: Record<string, string> = {sv: 'Swedish', az: 'Azerbaijani', en: 'English'};
const glossary = loadGlossary();
const column = (locale: string) => columns[locale] ?? locale;
const lower = (text: string, locale: string) => text.toLocaleLowerCase(locale);

describe('messages/GLOSSARY.md', () => {
  test('has a column for every language and a rendering in every cell', () => {
    expect(glossary.length).toBeGreaterThan(10);
    for (const entry of glossary) {
      for (const locale of locales) expect(entry[column(locale)], JSON.stringify(entry)).toBeTruthy();
    }
  });
});

describe.each(translationCases)('$name', ({collection, statement, locale}) => {
  test('renders every glossary term wherever its original uses it', () => {
    const source = statement.originalLocale;
    const original = statementMessages(collection, statement, source);
    const translated = statementMessages(collection, statement, locale);
    const misses: string[] = [];
    for (const entry of glossary) {
      const term = lower(entry[column(source)] ?? '', source);
      const rendering = lower(entry[column(locale)] ?? '', locale);
      for (const [key, text] of original) {
        if (!lower(text, source).includes(term)) continue;
        if (!lower(translated.get(key) ?? '', locale).includes(rendering)) {
          misses.push(`${key}: "${entry[column(source)]}" should be "${entry[column(locale)]}…"`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
