import {expect, test} from '@playwright/test';
import {statementPath} from '../../../lib/site/urls';
import {fixtureContent, statementPages} from '../../support/content';
import {translatorFor} from '../../support/messages';
import {translationNote} from '../../support/translation-note';

// A translation whose original has changed since it was translated says so,
// in its own language: once under the translation note, and after each
// outdated paragraph, with a link to the same paragraph of the original
// (tests/fixtures/content/README.md: one such translation is published
// acknowledged). A translation of today's original, and an original, say nothing.
for (const {statement, locale, path} of statementPages(fixtureContent)) {
  const outdated = statement.outdated[locale] ?? [];
  const original = statement.originalLocale;

  test.describe(path, () => {
    if (outdated.length === 0) {
      test('says nothing of an outdated translation', async ({page}) => {
        await page.goto(path);
        await expect(page.locator('.outdated-note')).toHaveCount(0);
      });
      return;
    }

    test('says under the translation note that its original has been updated since', async ({page}) => {
      await page.goto(path);
      const note = page.locator('.translation-note + .outdated-note');
      await expect(note).toHaveText(translatorFor(locale)('Translation.outdated', {original}));
    });

    test('marks each outdated paragraph, and only those, linking to it in the original', async ({page}) => {
      await page.goto(path);
      const expected = translationNote(locale, original, 'Translation.outdatedParagraph');
      const marked = statement.paragraphIds.filter((id) => outdated.includes(`paragraphs.${id}`));
      expect(marked.length).toBeGreaterThan(0);
      await expect(page.locator('.outdated-note--paragraph')).toHaveCount(marked.length);
      for (const id of marked) {
        const note = page.locator(`[id="${id}"] + .outdated-note--paragraph`);
        await expect(note).toHaveText(expected.text);
        const link = note.getByRole('link', {name: expected.link});
        await expect(link).toHaveAttribute('href', `${statementPath(original, statement.id)}#${id}`);
        await expect(link).toHaveAttribute('hreflang', original);
      }
    });

    test('leads from the note to the same paragraph of the original', async ({page}) => {
      await page.goto(path);
      const expected = translationNote(locale, original, 'Translation.outdatedParagraph');
      await page.locator('.outdated-note--paragraph').first().getByRole('link', {name: expected.link}).click();
      const id = statement.paragraphIds.find((paragraph) => outdated.includes(`paragraphs.${paragraph}`));
      await expect(page).toHaveURL(new RegExp(`${statementPath(original, statement.id)}#${id}$`));
      await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    });
  });
}

test('the fixture content holds an outdated translation to prove the notes on', () => {
  expect(statementPages(fixtureContent).some(({statement, locale}) => statement.outdated[locale])).toBe(true);
});
