import {expect, test} from '@playwright/test';
import {statementsIn, statementsNotIn} from '../../../lib/content/versions';
import {statementPath} from '../../../lib/site/urls';
import {expectedText, fixtureContent} from '../../support/content';
import {locales, translatorFor} from '../../support/messages';
import {ownName} from '../../support/switcher';

for (const locale of locales) {
  test.describe(`/${locale}`, () => {
    const t = translatorFor(locale);
    const [newest, ...earlier] = statementsIn(fixtureContent.statements, locale);
    const elsewhere = statementsNotIn(fixtureContent.statements, locale);

    test('leads with the newest statement in its language', async ({page}) => {
      await page.goto(`/${locale}`);
      const lead = page.getByRole('region', {name: t('FrontPage.latest')});
      await expect(lead.getByRole('heading')).toHaveText(expectedText(fixtureContent, newest!, locale).title);
      await expect(lead.locator('time')).toHaveAttribute('datetime', newest!.issued.iso);
    });

    test('lists every earlier statement in its language, newest first, each with its date', async ({page}) => {
      await page.goto(`/${locale}`);
      const archive = page.getByRole('region', {name: t('FrontPage.archive')});
      const items = archive.getByRole('listitem');
      await expect(items).toHaveCount(earlier.length);
      for (const [index, statement] of earlier.entries()) {
        const link = items.nth(index).getByRole('link');
        await expect(link).toHaveText(expectedText(fixtureContent, statement, locale).title);
        await expect(link).toHaveAttribute('href', statementPath(locale, statement.id));
        await expect(items.nth(index).locator('time')).toHaveAttribute('datetime', statement.issued.iso);
      }
    });

    test('lists apart the statements that exist only in other languages, each version in its own name', async ({
      page,
    }) => {
      await page.goto(`/${locale}`);
      const region = page.getByRole('region', {name: t('FrontPage.otherLanguages')});
      await expect(region.getByRole('heading', {level: 3})).toHaveCount(elsewhere.length);
      for (const statement of elsewhere) {
        const original = statement.originalLocale;
        // `has` is matched inside each list item, so it starts from the page, not the region.
        const title = page.getByRole('heading', {name: expectedText(fixtureContent, statement, original).title});
        await expect(region.locator(title)).toHaveAttribute('lang', original);
        const item = region.getByRole('listitem').filter({has: title});
        await expect(item.getByRole('link')).toHaveCount(statement.locales.length);
        for (const version of statement.locales) {
          const link = item.getByRole('link', {name: ownName(version), exact: true});
          await expect(link).toHaveAttribute('href', statementPath(version, statement.id));
          await expect(link).toHaveAttribute('lang', version);
          await expect(link).toHaveAttribute('hreflang', version);
        }
      }
    });
  });
}

test('the fixture content gives every front page an archive and every kind of list', () => {
  for (const locale of locales) expect(statementsIn(fixtureContent.statements, locale).length).toBeGreaterThan(1);
  expect(locales.filter((locale) => statementsNotIn(fixtureContent.statements, locale).length > 0)).toEqual(locales);
});
