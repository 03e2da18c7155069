import {expect, test} from '../support/browser';
import {pagesOf, site, statementAddress} from '../support/builds';
import {translationNote} from '../support/translation-note';

// W3C's model: a translation says, near its title, that it is one, of which
// original, which prevails; the original lists its translations. What the
// notes say: tests/built/statement.test.ts; here, what the script adds: at a
// paragraph, the note's link leads to the same paragraph of the original.
for (const {statement, locale, path} of pagesOf(site).filter((page) => page.locale !== page.statement.original)) {
  const {original} = statement;
  const paragraph = statement.paragraphs.at(-1) ?? '';

  test(`${path}#${paragraph}: the note’s link leads to that paragraph of the original`, async ({page}) => {
    await page.goto(`${path}#${paragraph}`);
    const link = page.locator('.translation-note').getByRole('link', {name: translationNote(locale, original).link});
    await expect(link).toHaveAttribute('href', `${statementAddress(original, statement.id)}#${paragraph}`);
    await link.click();
    await expect(page).toHaveURL(`${statementAddress(original, statement.id)}#${paragraph}`);
    await expect(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
  });
}
