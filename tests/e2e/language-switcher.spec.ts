import {expect, test} from '@playwright/test';
import type {Locale} from 'next-intl';
import {frontPagePath, statementPath} from '../../lib/site/urls';
import {expectedText, siteContent} from '../support/content';
import {locales, translatorFor} from '../support/messages';
import {frontPages, sitePages} from '../support/pages';
import {ownName, switcher, switcherLinkName} from '../support/switcher';

// After HMRC's language toggle. What a statement missing in a language does
// to the switcher is proven on the fixture site (collection/missing-translation.spec.ts).
type SwitcherPage = {
  locale: Locale;
  path: string;
  /** Whether this page exists in another language, and where the switcher leads for it. */
  exists: (other: Locale) => boolean;
  versionOf: (other: Locale) => string;
  /** Its main heading in a language it exists in. */
  heading: (other: Locale) => string;
};

const pages: SwitcherPage[] = [
  ...frontPages.map(({locale, path}) => ({
    locale,
    path,
    exists: () => true,
    versionOf: frontPagePath,
    heading: (other: Locale) => translatorFor(other)('FrontPage.title'),
  })),
  ...sitePages.map(({statement, locale, path}) => ({
    locale,
    path,
    exists: (other: Locale) => statement.locales.includes(other),
    versionOf: (other: Locale) =>
      statement.locales.includes(other) ? statementPath(other, statement.id) : frontPagePath(other),
    heading: (other: Locale) => expectedText(siteContent, statement, other).title,
  })),
];

for (const {locale, path, exists, versionOf} of pages) {
  test(`${path}: the header offers every other language in its own name, leading to this page in it`, async ({
    page,
  }) => {
    await page.goto(path);
    const nav = switcher(page, locale);
    await expect(nav).toBeVisible();
    await expect(nav.locator('img, svg')).toHaveCount(0);

    const current = nav.locator('[aria-current="true"]');
    await expect(current).toHaveText(ownName(locale));
    await expect(current).toHaveAttribute('lang', locale);
    await expect(nav.getByRole('link', {name: ownName(locale)})).toHaveCount(0);

    const others = locales.filter((other) => other !== locale);
    await expect(nav.getByRole('link')).toHaveCount(others.length);
    for (const other of others) {
      const link = nav.getByRole('link', {name: switcherLinkName(other, exists(other)), exact: true});
      await expect(link).toHaveText(ownName(other));
      await expect(link).toHaveAttribute('lang', other);
      await expect(link).toHaveAttribute('hreflang', other);
      await expect(link).toHaveAttribute('href', versionOf(other));
    }
  });
}

for (const {statement, locale: from, path} of sitePages) {
  for (const to of statement.locales.filter((other) => other !== from)) {
    const paragraph = statement.paragraphIds.at(-1) ?? '';
    test(`switching ${path} → ${to} keeps the query string and the paragraph`, async ({page}) => {
      await page.goto(`${path}?ref=share#${paragraph}`);
      await switcher(page, from)
        .getByRole('link', {name: ownName(to)})
        .click();
      await expect(page).toHaveURL(`${statementPath(to, statement.id)}?ref=share#${paragraph}`);
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page.locator(`[id="${paragraph}"]`)).toBeInViewport();
    });
  }
}

const [first] = sitePages;
const second = sitePages.find((candidate) => first && candidate.statement === first.statement && candidate !== first);
test('a paragraph reached after the page loaded is kept too', async ({page}) => {
  test.skip(!first || !second, 'needs a statement in two languages');
  if (!first || !second) return;
  const paragraph = first.statement.paragraphIds[0] ?? '';
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

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  for (const {locale: from, path, exists, versionOf, heading} of pages) {
    const to = locales.find((other) => other !== from && exists(other));
    if (!to) continue;
    test(`switching ${path} → ${to} works`, async ({page}) => {
      await page.goto(path);
      await switcher(page, from).locator(`a[hreflang="${to}"]`).click();
      await expect(page).toHaveURL(versionOf(to));
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(heading(to));
    });
  }
});
