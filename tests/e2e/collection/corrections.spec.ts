import {expect, test} from '@playwright/test';
import {lastCorrection} from '../../../lib/content/corrections';
import {expectedText, fixtureContent, statementPages} from '../../support/content';
import {structuredData} from '../../support/head';
import {translatorFor} from '../../support/messages';

// The association's corrections of an original after publication: a dated
// notice under the title in every language the statement exists in, and the
// day of the last one as dateModified and article:modified_time. (The feeds'
// `updated`: feeds.spec.ts.)
for (const {statement, locale, path} of statementPages(fixtureContent)) {
  const corrected = lastCorrection(statement);

  test.describe(path, () => {
    test('shows each correction notice under the date, dated, in its language', async ({page}) => {
      await page.goto(path);
      const notices = page.locator('.statement__issued + .statement__corrections .statement__correction');
      const expected = expectedText(fixtureContent, statement, locale).corrections;
      await expect(notices).toHaveCount(expected.length);
      for (const [index, {day, text}] of expected.entries()) {
        const label = translatorFor(locale).markup('Statement.corrected', {date: day.date, time: (chunks) => chunks});
        await expect(notices.nth(index)).toHaveText(`${label} ${text}`);
        await expect(notices.nth(index).locator('time')).toHaveAttribute('datetime', day.iso);
      }
    });

    test('gives the last correction as dateModified in JSON-LD, and only when there is one', async ({page}) => {
      await page.goto(path);
      const article = (await structuredData(page)).find((node) => node['@type'] === 'Article');
      expect(article?.dateModified).toBe(corrected?.iso);
    });

    test('gives the last correction as article:modified_time, and only when there is one', async ({page}) => {
      await page.goto(path);
      const modified = page.locator('meta[property="article:modified_time"]');
      if (corrected) await expect(modified).toHaveAttribute('content', corrected.iso);
      else await expect(modified).toHaveCount(0);
    });
  });
}

test('the fixture content holds a corrected statement to prove the notices on', () => {
  expect(fixtureContent.statements.some((statement) => statement.corrections.length > 0)).toBe(true);
});
