import {expect, test} from '../support/browser';
import {statementAddress} from '../support/builds';
import {statementPages} from '../support/pages';
import {ownName, switcher} from '../support/switcher';

// What the switcher's links say, where they lead without a script and which
// of them the script may carry the reader's position on (data-keeps-position)
// is read from the built files of every page (tests/built/switcher.test.ts).
// Here, what the site's script does with it, on the newest statement: the
// reader keeps the query string and the paragraph they are at.
const [from, ...others] = statementPages;

test(`switching ${from?.path ?? 'a statement'} to each other language keeps the query string and the paragraph`, async ({
  page,
}) => {
  test.skip(!from || others.length === 0, 'needs a statement in two languages');
  if (!from) return;
  const {statement} = from;
  const paragraph = statement.paragraphs.at(-1) ?? '';
  for (const {locale: to} of others) {
    await test.step(to, async () => {
      await page.goto(`${from.path}?ref=share#${paragraph}`);
      await switcher(page, from.locale)
        .getByRole('link', {name: ownName(to)})
        .click();
      await expect.soft(page).toHaveURL(`${statementAddress(to, statement.id)}?ref=share#${paragraph}`);
      await expect.soft(page.locator('html')).toHaveAttribute('lang', to);
      await expect.soft(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
    });
  }
});

test('a paragraph reached after the page loaded is kept too', async ({page}) => {
  const [second] = others;
  test.skip(!from || !second, 'needs a statement in two languages');
  if (!from || !second) return;
  const paragraph = from.statement.paragraphs[0] ?? '';
  await page.goto(from.path);
  await page.evaluate((id) => {
    window.location.hash = id;
  }, paragraph);
  const link = switcher(page, from.locale).getByRole('link', {name: ownName(second.locale)});
  await expect(link).toHaveAttribute('href', `${second.path}#${paragraph}`);
  await link.click();
  await expect(page).toHaveURL(`${second.path}#${paragraph}`);
  await expect(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
});
