import {expect, test} from '../support/browser';
import {statementAddress} from '../support/builds';
import {versionsOfOneStatement} from '../support/pages';
import {ownName, switcher} from '../support/switcher';

// What the switcher's links say, where they lead without a script and which
// of them the script may carry the reader's position on (data-keeps-position)
// is read from the built files of every page (tests/built/switcher.test.ts).
// Here, what the site's script does with it, on a statement in two languages
// or more (the real build's, or the fixture site's while it has none): the
// reader keeps the query string and the paragraph they are at.
const {origin, pages} = versionsOfOneStatement;
const [from, ...others] = pages;

test(`switching ${from?.path ?? 'a statement'} to each other language keeps the query string and the paragraph`, async ({
  page,
}) => {
  if (!from) throw new Error('no statement in two languages');
  const {statement} = from;
  const paragraph = statement.paragraphs.at(-1) ?? '';
  expect(others.length).toBeGreaterThan(0);
  for (const {locale: to} of others) {
    await test.step(to, async () => {
      await page.goto(`${origin}${from.path}?ref=share#${paragraph}`);
      await switcher(page, from.locale)
        .getByRole('link', {name: ownName(to)})
        .click();
      await expect.soft(page).toHaveURL(`${origin}${statementAddress(to, statement.id)}?ref=share#${paragraph}`);
      await expect.soft(page.locator('html')).toHaveAttribute('lang', to);
      await expect.soft(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
    });
  }
});

test('a paragraph reached after the page loaded is kept too', async ({page}) => {
  const [second] = others;
  if (!from || !second) throw new Error('no statement in two languages');
  const paragraph = from.statement.paragraphs[0] ?? '';
  await page.goto(`${origin}${from.path}`);
  await page.evaluate((id) => {
    window.location.hash = id;
  }, paragraph);
  const link = switcher(page, from.locale).getByRole('link', {name: ownName(second.locale)});
  await expect(link).toHaveAttribute('href', `${second.path}#${paragraph}`);
  await link.click();
  await expect(page).toHaveURL(`${origin}${second.path}#${paragraph}`);
  await expect(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
});
