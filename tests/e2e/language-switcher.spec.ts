import {expect, test} from '../support/browser';
import {pagesOf, site, statementAddress} from '../support/builds';
import {ownName, switcher} from '../support/switcher';

// What the switcher's links say and where they lead without a script is read
// from the built files (tests/built/switcher.test.ts); here, what the site's
// script adds: the reader keeps the query string and the paragraph they are at.
const pages = pagesOf(site);

for (const {statement, locale: from, path} of pages) {
  const others = statement.locales.filter((other) => other !== from);
  const paragraph = statement.paragraphs.at(-1) ?? '';

  test(`switching ${path} to each other language keeps the query string and the paragraph`, async ({page}) => {
    for (const to of others) {
      await test.step(to, async () => {
        await page.goto(`${path}?ref=share#${paragraph}`);
        await switcher(page, from)
          .getByRole('link', {name: ownName(to)})
          .click();
        await expect.soft(page).toHaveURL(`${statementAddress(to, statement.id)}?ref=share#${paragraph}`);
        await expect.soft(page.locator('html')).toHaveAttribute('lang', to);
        await expect.soft(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
      });
    }
  });
}

const [first] = pages;
const second = pages.find((other) => first && other.statement === first.statement && other !== first);
test('a paragraph reached after the page loaded is kept too', async ({page}) => {
  test.skip(!first || !second, 'needs a statement in two languages');
  if (!first || !second) return;
  const paragraph = first.statement.paragraphs[0] ?? '';
  await page.goto(first.path);
  await page.evaluate((id) => {
    window.location.hash = id;
  }, paragraph);
  const link = switcher(page, first.locale).getByRole('link', {name: ownName(second.locale)});
  await expect(link).toHaveAttribute('href', `${second.path}#${paragraph}`);
  await link.click();
  await expect(page).toHaveURL(`${second.path}#${paragraph}`);
  await expect(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
});
