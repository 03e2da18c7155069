import {expect, test} from '../support/browser';
import {statementAddress} from '../support/builds';
import {translationPages} from '../support/pages';
import {translationNote} from '../support/translation-note';

// W3C's model: a translation says, near its title, that it is one, of which
// original, which prevails; the original lists its translations. What the
// notes say: tests/built/statement.test.ts; here, what the script adds: at a
// paragraph, the note's link leads to the same paragraph of the original. In
// each language a translation exists in (the real build's, or the fixture
// site's while it has none).
const {origin, pages} = translationPages;

for (const {statement, locale, path} of pages) {
  const {original} = statement;
  const paragraph = statement.paragraphs.at(-1) ?? '';

  test(`${path}#${paragraph}: the note’s link leads to that paragraph of the original`, async ({page}) => {
    await page.goto(`${origin}${path}#${paragraph}`);
    const link = page.locator('.translation-note').getByRole('link', {name: translationNote(locale, original).link});
    await expect(link).toHaveAttribute('href', `${statementAddress(original, statement.id)}#${paragraph}`);
    await link.click();
    await expect(page).toHaveURL(`${origin}${statementAddress(original, statement.id)}#${paragraph}`);
    await expect(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
  });
}
