import {expect, test} from '@playwright/test';
import {routing} from '../../../i18n/routing';
import {frontPagePath, statementPath} from '../../../lib/site/urls';
import {expectedText, fixtureContent, statementPages} from '../../support/content';
import {translatorFor} from '../../support/messages';
import {ownName, switcher, switcherLinkName} from '../../support/switcher';

// Each fixture statement in each language it has no translation in.
const missing = fixtureContent.statements.flatMap((statement) =>
  routing.locales
    .filter((locale) => !statement.locales.includes(locale))
    .map((locale) => ({statement, locale, path: statementPath(locale, statement.id)})),
);

test('the fixture content has statements missing in some language', () => {
  expect(missing.length).toBeGreaterThan(0);
});

for (const {statement, locale, path} of missing) {
  test.describe(path, () => {
    const t = translatorFor(locale);
    test.use({javaScriptEnabled: false});

    test('answers 404 with a page in its language saying the statement is not (yet) available in it', async ({
      page,
    }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page).toHaveTitle(t('NotFound.untranslatedMetaTitle'));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t('NotFound.untranslatedTitle'));
      // Never one language's text under another's address.
      for (const version of statement.locales) {
        const paragraph = expectedText(fixtureContent, statement, version).paragraphs[0]?.text ?? '';
        await expect(page.getByText(paragraph)).toHaveCount(0);
      }
    });

    test('links to every version that exists, each in its own language', async ({page}) => {
      await page.goto(path);
      const versions = page.getByRole('main').getByRole('listitem');
      await expect(versions).toHaveCount(statement.locales.length);
      for (const [index, version] of statement.locales.entries()) {
        await expect(versions.nth(index)).toHaveAttribute('lang', version);
        const link = versions.nth(index).getByRole('link');
        await expect(link).toHaveText(`${ownName(version)}: ${expectedText(fixtureContent, statement, version).title}`);
        await expect(link).toHaveAttribute('href', statementPath(version, statement.id));
        await expect(link).toHaveAttribute('hreflang', version);
      }
    });

    test('its language switcher leads to the versions that exist', async ({page}) => {
      await page.goto(path);
      for (const version of statement.locales) {
        await expect(switcher(page, locale).getByRole('link', {name: ownName(version), exact: true})).toHaveAttribute(
          'href',
          statementPath(version, statement.id),
        );
      }
    });
  });
}

// From a statement page, the switcher's way to a language the statement lacks.
for (const {statement, locale, path} of statementPages(fixtureContent)) {
  for (const other of routing.locales.filter((candidate) => !statement.locales.includes(candidate))) {
    test(`${path}: the switcher leads to the ${other} front page, and its name says why`, async ({page}) => {
      const paragraph = statement.paragraphIds.at(-1) ?? '';
      await page.goto(`${path}#${paragraph}`);
      const link = switcher(page, locale).getByRole('link', {name: switcherLinkName(other, false), exact: true});
      await expect(link).toHaveText(ownName(other));
      // No paragraph to keep: the front page has none of this statement's.
      await expect(link).toHaveAttribute('href', frontPagePath(other));
      await link.click();
      await expect(page).toHaveURL(frontPagePath(other));
      await expect(page.getByRole('heading', {level: 1})).toHaveText(translatorFor(other)('FrontPage.title'));
    });
  }
}
