import {describe, expect, test} from 'vitest';
import {translatorFor} from '../../support/messages';
import {translationNote} from '../../support/translation-note';
import {fixtureSite, statementAddress} from '../../support/builds';
import {fixturePages} from '../../support/fixture-pages';
import {named, textOf} from '../support/html';

// A translation whose original has changed since it was translated says so,
// in its own language: once under the translation note, and after each
// outdated paragraph, with a link to the same paragraph of the original. A
// translation of today's original, and an original, say nothing. Which
// translation is outdated, and where: its statement.json's
// outdatedTranslations (tests/fixtures/content/README.md: the Swedish
// translation of the first statement, at paragraphs.figures).

test('the fixture content holds an outdated translation to prove the notes on', () => {
  expect(fixturePages.some(({statement, locale}) => (statement.outdated[locale] ?? []).length > 0)).toBe(true);
});

describe.each(fixturePages)('$path', ({statement, locale, path}) => {
  const $ = fixtureSite.documentAt(path);
  const outdated = statement.outdated[locale] ?? [];
  const original = statement.original;

  if (outdated.length === 0) {
    test('says nothing of an outdated translation', () => {
      expect($('.outdated-note').length).toBe(0);
    });
    return;
  }

  test('says under the translation note that its original has been updated since', () => {
    const note = $('.translation-note + .outdated-note');
    expect(note.length).toBe(1);
    expect(textOf(note)).toBe(translatorFor(locale)('Translation.outdated', {original}));
  });

  const expected = translationNote(locale, original, 'Translation.outdatedParagraph');
  const marked = statement.paragraphs.filter((id) => outdated.includes(`paragraphs.${id}`));

  test('marks each outdated paragraph, and only those, linking to it in the original', () => {
    expect(marked.length).toBeGreaterThan(0);
    expect($('.outdated-note--paragraph').length).toBe(marked.length);
    for (const id of marked) {
      const note = $(`[id="${id}"] + .outdated-note--paragraph`);
      expect(note.length, id).toBe(1);
      expect(textOf(note)).toBe(expected.text);
      const link = named($, note, 'a', expected.link);
      expect(link.length).toBe(1);
      expect(link.attr('href')).toBe(`${statementAddress(original, statement.id)}#${id}`);
      expect(link.attr('hreflang')).toBe(original);
    }
  });

  // Following the link as a browser would; that it then opens at that paragraph: permalinks.spec.ts.
  test('leads from each note to the same paragraph of the original', () => {
    for (const id of marked) {
      const link = named($, $(`[id="${id}"] + .outdated-note--paragraph`), 'a', expected.link);
      const [address = '', target = ''] = (link.attr('href') ?? '').split('#');
      expect(target).toBe(id);
      const there = fixtureSite.documentAt(address);
      expect(there('html').attr('lang')).toBe(original);
      expect(there(`[id="${id}"]`).length, id).toBe(1);
    }
  });
});
