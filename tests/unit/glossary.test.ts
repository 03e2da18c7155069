import {describe, expect, test} from 'vitest';
import {statementMessages, translationCases} from '../support/content';
import {loadGlossary} from '../support/glossary';
import {locales} from '../support/messages';
import {glossaryColumn} from '@/lib/translation/glossary';

// messages/GLOSSARY.md: wherever a statement's original uses a term of the
// glossary, each translation of it uses that language's rendering. A statement
// written in Azerbaijani is checked from the Azerbaijani column, and so on; a
// language without a column has no glossary to follow.
const glossary = loadGlossary();
const column = glossaryColumn;
const hasColumn = (locale: string) => glossary.some((entry) => column(locale) in entry);
const lower = (text: string, locale: string) => text.toLocaleLowerCase(locale);

describe('messages/GLOSSARY.md', () => {
  test('has a rendering in every cell of each language it has a column for, and a column for a language', () => {
    expect(glossary.length).toBeGreaterThan(10);
    expect(locales.filter(hasColumn).length).toBeGreaterThan(1);
    for (const entry of glossary) {
      for (const locale of locales.filter(hasColumn)) {
        expect(entry[column(locale)], JSON.stringify(entry)).toBeTruthy();
      }
    }
  });
});

describe.each(translationCases)('$name', ({collection, statement, locale}) => {
  test('renders every glossary term wherever its original uses it', () => {
    const source = statement.originalLocale;
    if (!hasColumn(source) || !hasColumn(locale)) return;
    const original = statementMessages(collection, statement, source);
    const translated = statementMessages(collection, statement, locale);
    // Longest term first: where one term contains another (the association's
    // name with and without “KARABAKH”), the longer one is checked there.
    const entries = [...glossary].sort((a, b) => (b[column(source)] ?? '').length - (a[column(source)] ?? '').length);
    const misses: string[] = [];
    for (const [key, text] of original) {
      let unchecked = lower(text, source);
      for (const entry of entries) {
        const term = lower(entry[column(source)] ?? '', source);
        if (!unchecked.includes(term)) continue;
        unchecked = unchecked.replaceAll(term, '\u0000');
        if (!lower(translated.get(key) ?? '', locale).includes(lower(entry[column(locale)] ?? '', locale))) {
          misses.push(`${key}: "${entry[column(source)]}" should be "${entry[column(locale)]}…"`);
        }
      }
    }
    expect(misses).toEqual([]);
  });
});
