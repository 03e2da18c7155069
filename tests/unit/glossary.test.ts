import {describe, expect, test} from 'vitest';
import {loadGlossary} from '../support/glossary';
import {flattenMessages, loadMessages, locales} from '../support/messages';

const columns: Record<string, string> = {sv: 'Swedish', az: 'Azerbaijani', en: 'English'};
const glossary = loadGlossary();
const english = flattenMessages(loadMessages('en'));

describe('messages/GLOSSARY.md', () => {
  test('has a column for every language and a rendering in every cell', () => {
    expect(glossary.length).toBeGreaterThan(10);
    for (const entry of glossary) {
      for (const locale of locales) expect(entry[columns[locale] ?? locale], JSON.stringify(entry)).toBeTruthy();
    }
  });

  test.each(locales.filter((locale) => locale !== 'en'))(
    '%s renders every glossary term wherever English uses it',
    (locale) => {
      const translated = flattenMessages(loadMessages(locale));
      const lower = (text: string, language: string) => text.toLocaleLowerCase(language);
      const misses: string[] = [];
      for (const entry of glossary) {
        const term = lower(entry.English ?? '', 'en');
        const rendering = lower(entry[columns[locale] ?? locale] ?? '', locale);
        for (const [key, original] of english) {
          if (!lower(original, 'en').includes(term)) continue;
          if (!lower(translated.get(key) ?? '', locale).includes(rendering)) {
            misses.push(`${key}: "${entry.English}" should be "${entry[columns[locale] ?? locale]}…"`);
          }
        }
      }
      expect(misses).toEqual([]);
    },
  );
});
