import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {translationsOf} from '../../lib/content/versions';
import {statementPath} from '../../lib/site/urls';
import {translatorFor} from '../support/messages';
import {sitePages} from '../support/pages';
import {translationNote} from '../support/translation-note';

// W3C's model: a translation says, near its title, that it is one, of which
// original, which prevails; the original lists its translations.
for (const {statement, locale, path} of sitePages) {
  const original = statement.originalLocale;
  const paragraph = statement.paragraphIds.at(-1) ?? '';
  const note = (page: Page) => page.locator('.statement__issued + .translation-note');

  if (locale !== original) {
    test(`${path} says under its title that it translates the original, and links to its paragraph`, async ({page}) => {
      const expected = translationNote(locale, original);
      await page.goto(`${path}#${paragraph}`);
      await expect(note(page)).toHaveText(expected.text);
      const link = note(page).getByRole('link', {name: expected.link});
      // With JavaScript the link leads to the same paragraph of the original.
      await expect(link).toHaveAttribute('href', `${statementPath(original, statement.id)}#${paragraph}`);
      await expect(link).toHaveAttribute('hreflang', original);
      await link.click();
      await expect(page).toHaveURL(`${statementPath(original, statement.id)}#${paragraph}`);
      await expect(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
    });
  } else {
    test(`${path} says it is the original and lists its translations`, async ({page}) => {
      await page.goto(path);
      const t = translatorFor(locale);
      const translations = translationsOf(statement);
      await expect(note(page)).toContainText(
        translations.length ? t('Translation.original') : t('Translation.originalOnly'),
      );
      await expect(note(page).getByRole('link')).toHaveCount(translations.length);
      for (const translation of translations) {
        const link = note(page).getByRole('link', {name: translatorFor(translation)('Language.name')});
        await expect(link).toHaveAttribute('href', statementPath(translation, statement.id));
        await expect(link).toHaveAttribute('lang', translation);
      }
    });
  }
}
