import {expect, test} from '@playwright/test';
import type {APIRequestContext} from '@playwright/test';
import {test as browserTest} from '../support/browser';
import {defaultLocale} from '../support/messages';
import {acceptLanguageCases, cookieCases} from '../support/negotiationTable';

async function landingOf(request: APIRequestContext, headers: Record<string, string>): Promise<string> {
  const response = await request.get('/', {headers, maxRedirects: 0});
  expect(response.status()).toBe(307);
  return new URL(response.headers().location ?? '', 'http://x').pathname;
}

test.describe('/ sends the visitor to the best language', () => {
  for (const [acceptLanguage, locale] of acceptLanguageCases) {
    test(`Accept-Language "${acceptLanguage}" → /${locale}`, async ({request}) => {
      expect(await landingOf(request, {'accept-language': acceptLanguage})).toBe(`/${locale}`);
    });
  }

  for (const [cookie, acceptLanguage, locale] of cookieCases) {
    test(`cookie "${cookie.slice(0, 40)}" with Accept-Language "${acceptLanguage}" → /${locale}`, async ({request}) => {
      expect(await landingOf(request, {'accept-language': acceptLanguage, cookie})).toBe(`/${locale}`);
    });
  }

  test(`no Accept-Language → /${defaultLocale}`, async ({request}) => {
    expect(await landingOf(request, {})).toBe(`/${defaultLocale}`);
  });
});

browserTest.describe('in the browser', () => {
  browserTest.use({locale: 'sv-SE'});

  browserTest(
    'a Swedish browser lands on /sv, and a language chosen in the header is remembered',
    async ({page, context}) => {
      await page.goto('/');
      await expect(page).toHaveURL(/\/sv$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

      await page.getByRole('navigation').getByRole('link', {name: 'Azərbaycanca'}).click();
      await expect(page).toHaveURL(/\/az$/);

      const [cookie] = await context.cookies();
      expect(cookie).toMatchObject({name: 'NEXT_LOCALE', value: 'az', path: '/', secure: true, sameSite: 'Lax'});
      expect(cookie?.expires ?? 0).toBeGreaterThan(Date.now() / 1000 + 364 * 24 * 3600);

      await page.goto('/');
      await expect(page).toHaveURL(/\/az$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'az');
    },
  );
});

test.describe('what a CDN or any shared cache may keep', () => {
  for (const path of ['/', '/xx']) {
    test(`the redirect of ${path}, chosen for one reader, is theirs alone`, async ({request}) => {
      const response = await request.get(path, {headers: {'accept-language': 'sv-SE'}, maxRedirects: 0});
      expect(response.status()).toBe(307);
      expect(response.headers()['cache-control']).toBe('private, no-cache');
    });
  }

  test('a page is the same file for every reader, which any cache may keep for a short while', async ({request}) => {
    const swedish = await request.get('/sv', {headers: {'accept-language': 'en'}});
    const remembered = await request.get('/sv', {headers: {cookie: 'NEXT_LOCALE=az', 'accept-language': 'az'}});
    for (const response of [swedish, remembered]) {
      expect(response.headers()['set-cookie']).toBeUndefined();
      expect(response.headers()['cache-control']).toBe('public, max-age=300');
    }
    expect((await swedish.body()).equals(await remembered.body())).toBe(true);
  });
});
