import {parse, TYPE} from '@formatjs/icu-messageformat-parser';
import {expect, test} from 'vitest';
import {collections} from '../support/content';
import {locales, loadMessages} from '../support/messages';

// A translation's note names the language of its original with a select over
// the locales (each language declines the name its own way); a locale missing
// from it would fall to the generic `other` sentence.
test.each(locales)('the %s translation note has a sentence for an original in every language', (locale) => {
  const translation = (loadMessages(locale).Translation as Record<string, string>).translation ?? '';
  const [select] = parse(translation);
  expect(select?.type).toBe(TYPE.select);
  const cases = select?.type === TYPE.select ? Object.keys(select.options) : [];
  expect(cases.filter((name) => name !== 'other').sort()).toEqual([...locales].sort());
});

// A common corruption of Azerbaijani text writes the schwa ə as ä (the old
// Latin alphabet of 1991-1992, or a keyboard without ə); ä is no letter of it.
// (The interface text is left out: the postal address is Swedish, "Stockholms län".)
test('no Azerbaijani statement writes ä for ə', () => {
  const texts = [
    ...collections.flatMap(([, collection]) =>
      collection.statements
        .filter((statement) => statement.locales.includes('az'))
        .map((statement) => JSON.stringify(collection.text(statement, 'az'))),
    ),
  ];
  expect(texts.filter((text) => /ä/i.test(text))).toEqual([]);
});
