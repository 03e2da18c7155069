import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {locales, translatorFor} from '../support/messages';

const ownName = (locale: (typeof locales)[number]) => translatorFor(locale)('Language.name');

function switcher(page: Page, locale: (typeof locales)[number]) {
  return page.getByRole('navigation', {name: translatorFor(locale)('LocaleSwitcher.label')});
}

for (const locale of locales) {
  test(`/${locale}: the header offers every other language in its own name`, async ({page}) => {
    await page.goto(`/${locale}`);
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
      const link = nav.getByRole('link', {name: ownName(other), exact: true});
      await expect(link).toHaveAttribute('lang', other);
      await expect(link).toHaveAttribute('hreflang', other);
      await expect(link).toHaveAttribute('href', `/${other}`);
    }
  });
}

for (const from of locales) {
  for (const to of locales.filter((other) => other !== from)) {
    test(`switching ${from} → ${to} keeps the query string and the paragraph`, async ({page}) => {
      await page.goto(`/${from}?ref=share#appeal`);
      await switcher(page, from)
        .getByRole('link', {name: ownName(to)})
        .click();
      await expect(page).toHaveURL(new RegExp(`/${to}\\?ref=share#appeal$`));
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(translatorFor(to)('Statement.title'));
      await expect(page.locator('#appeal')).toBeInViewport();
    });
  }
}

test('a paragraph reached after the page loaded is kept too', async ({page}) => {
  await page.goto('/en');
  await page.evaluate(() => {
    window.location.hash = 'support';
  });
  const swedish = switcher(page, 'en').getByRole('link', {name: ownName('sv')});
  await expect(swedish).toHaveAttribute('href', '/sv#support');
  await swedish.click();
  await expect(page).toHaveURL(/\/sv#support$/);
  await expect(page.locator('#support')).toBeInViewport();
});

test.describe('without JavaScript', () => {
  test.use({javaScriptEnabled: false});

  for (const from of locales) {
    const to = locales.find((other) => other !== from) ?? from;
    test(`switching ${from} → ${to} works`, async ({page}) => {
      await page.goto(`/${from}`);
      await switcher(page, from)
        .getByRole('link', {name: ownName(to)})
        .click();
      await expect(page).toHaveURL(new RegExp(`/${to}$`));
      await expect(page.locator('html')).toHaveAttribute('lang', to);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(translatorFor(to)('Statement.title'));
    });
  }
});
