import {expect, test} from '@playwright/test';
import {statementPath} from '../../lib/site/urls';
import {siteContent} from '../support/content';
import {defaultLocale, locales, translatorFor} from '../support/messages';

// Where an unknown path ends up, and in which language its 404 speaks. A
// statement asked for in a language it has no translation in is proven on
// the fixture site (collection/missing-translation.spec.ts).
// A real statement's id, in the forms no reader's link has.
const known = siteContent.statements[0]?.id ?? 'none';
const unknownPaths: [path: string, locale: (typeof locales)[number]][] = [
  ...locales.map((locale): [string, (typeof locales)[number]] => [`/${locale}/nope`, locale]),
  ['/sv/a/b/c', 'sv'],
  ['/az/statements/no-such-statement', 'az'],
  ['/en/statements', 'en'],
  [`${statementPath('sv', known)}/more`, 'sv'],
  [`/en/statements/${known.toUpperCase()}`, 'en'],
  ['/xx', defaultLocale],
  ['/xx/yy', defaultLocale],
];

test.describe('unknown paths answer 404 with a localized page that needs no JavaScript', () => {
  test.use({javaScriptEnabled: false});

  for (const [path, locale] of unknownPaths) {
    test(`${path} → 404 in ${locale}`, async ({page}) => {
      const t = translatorFor(locale);
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t('NotFound.title'));
      await expect(page.getByText(t('NotFound.body'))).toBeVisible();
      await expect(page).toHaveTitle(t('NotFound.metaTitle'));
      await expect(page.getByRole('navigation', {name: t('LocaleSwitcher.label')})).toBeVisible();

      await page
        .getByRole('main')
        .getByRole('link', {name: t('NotFound.back')})
        .click();
      await expect(page).toHaveURL(`/${locale}`);
      await expect(page.getByRole('heading', {level: 1})).toHaveText(t('FrontPage.title'));
    });
  }
});

test('the 404 text is in the HTML the server sends', async ({request}) => {
  const response = await request.get('/sv/nope');
  expect(response.status()).toBe(404);
  const html = await response.text();
  expect(html).toContain('<html lang="sv"');
  expect(html).toMatch(new RegExp(`<h1[^>]*>${translatorFor('sv')('NotFound.title')}</h1>`));
});

test('no 404 document asks to be indexed, even where a host sends it by name with 200', async ({request}) => {
  for (const path of ['/sv/nope', '/nope']) {
    expect.soft(await (await request.get(path)).text(), path).toContain('<meta name="robots" content="noindex"/>');
  }
});

test('a 404’s language switcher leads to each language’s front page', async ({page}) => {
  await page.goto('/sv/nope');
  for (const other of locales.filter((locale) => locale !== 'sv')) {
    await expect(page.getByRole('navigation').locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', `/${other}`);
  }
});

test.describe('in an Azerbaijani browser', () => {
  test.use({locale: 'az-AZ'});

  test('an unknown path negotiates its language like / does', async ({page}) => {
    const response = await page.goto('/xx/yy');
    expect(response?.status()).toBe(404);
    await expect(page).toHaveURL(/\/az\/xx\/yy$/);
    await expect(page.getByRole('heading', {level: 1})).toHaveText(translatorFor('az')('NotFound.title'));
  });
});

test.describe('a path outside every language', () => {
  test.use({javaScriptEnabled: false});

  test('says "not found" in every language, each linking to its front page', async ({page}) => {
    const response = await page.goto('/wp-login.php');
    expect(response?.status()).toBe(404);
    for (const locale of locales) {
      const t = translatorFor(locale);
      const section = page.locator(`section[lang="${locale}"]`);
      await expect(section.getByRole('heading')).toHaveText(t('NotFound.title'));
      await expect(section.getByRole('link', {name: t('NotFound.back')})).toHaveAttribute('href', `/${locale}`);
    }
    await expect(page.getByRole('heading', {level: 1})).toHaveCount(1);
  });
});
