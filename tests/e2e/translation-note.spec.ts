import {expect, test} from '@playwright/test';
import {originalLocale} from '../../app/_lib/statement';
import {locales, translatorFor} from '../support/messages';

const translations = locales.filter((locale) => locale !== originalLocale);
/** The note as text, and the words of its link to the original. */
function translationNote(locale: (typeof locales)[number]) {
  const markup = translatorFor(locale).markup('Translation.translation', {original: (chunks) => `<a>${chunks}</a>`});
  return {text: markup.replace(/<\/?a>/g, ''), link: markup.match(/<a>(.*)<\/a>/)?.[1] ?? ''};
}

for (const locale of translations) {
  test(`/${locale} says, under the title, that it is a translation and links to the original`, async ({page}) => {
    await page.goto(`/${locale}#appeal`);
    const note = page.locator('h1 + .translation-note');
    await expect(note).toHaveText(translationNote(locale).text);
    const link = note.getByRole('link', {name: translationNote(locale).link});
    // With JavaScript the link leads to the same paragraph of the original.
    await expect(link).toHaveAttribute('href', `/${originalLocale}#appeal`);
    await expect(link).toHaveAttribute('hreflang', originalLocale);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/${originalLocale}#appeal$`));
    await expect(page.locator('#appeal')).toBeInViewport();
  });
}

test(`/${originalLocale} says it is the original and lists the translations`, async ({page}) => {
  await page.goto(`/${originalLocale}`);
  const note = page.locator('h1 + .translation-note');
  await expect(note).toContainText(translatorFor(originalLocale)('Translation.original'));
  for (const locale of translations) {
    const link = note.getByRole('link', {name: translatorFor(locale)('Language.name')});
    await expect(link).toHaveAttribute('href', `/${locale}`);
    await expect(link).toHaveAttribute('lang', locale);
  }
});
