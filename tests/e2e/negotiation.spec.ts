import {expect, test} from '@playwright/test';
import type {APIRequestContext} from '@playwright/test';
import {defaultLocale} from '../support/messages';

const cases: [acceptLanguage: string, locale: string][] = [
  ['az-AZ', 'az'],
  ['az', 'az'],
  ['az-Latn-AZ,az;q=0.9,ru;q=0.8', 'az'],
  ['sv-SE,sv;q=0.9,en;q=0.8', 'sv'],
  ['sv-FI', 'sv'],
  ['fi-FI,fi;q=0.9,sv;q=0.8', 'sv'],
  ['en-US,en;q=0.9', 'en'],
  ['en-GB', 'en'],
  ['de-DE,de;q=0.9', defaultLocale],
  ['fr;q=0.9, az;q=0.5, sv;q=0.7', 'sv'],
];

async function landingOf(request: APIRequestContext, headers: Record<string, string>): Promise<string> {
  const response = await request.get('/', {headers, maxRedirects: 0});
  expect(response.status()).toBe(307);
  return new URL(response.headers().location ?? '', 'http://x').pathname;
}

test.describe('/ sends the visitor to the best language', () => {
  for (const [acceptLanguage, locale] of cases) {
    test(`Accept-Language "${acceptLanguage}" → /${locale}`, async ({request}) => {
      expect(await landingOf(request, {'accept-language': acceptLanguage})).toBe(`/${locale}`);
    });
  }

  test(`no Accept-Language → /${defaultLocale}`, async ({request}) => {
    expect(await landingOf(request, {'accept-language': ''})).toBe(`/${defaultLocale}`);
  });

  test('a remembered choice wins over Accept-Language', async ({request}) => {
    expect(await landingOf(request, {'accept-language': 'sv-SE', cookie: 'NEXT_LOCALE=az'})).toBe('/az');
  });

  test('a junk remembered choice is ignored, not an error', async ({request}) => {
    expect(await landingOf(request, {'accept-language': 'sv-SE', cookie: 'NEXT_LOCALE=%zz<script>'})).toBe('/sv');
  });
});

test.describe('in the browser', () => {
  test.use({locale: 'sv-SE'});

  test('a Swedish browser lands on /sv, and a language chosen in the header is remembered', async ({page}) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/sv$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

    await page.getByRole('navigation').getByRole('link', {name: 'Azərbaycanca'}).click();
    await expect(page).toHaveURL(/\/az$/);

    await page.goto('/');
    await expect(page).toHaveURL(/\/az$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'az');
  });
});

test.describe('what a CDN or any shared cache may keep', () => {
  for (const path of ['/', '/xx']) {
    test(`the redirect of ${path}, chosen for one reader, is theirs alone`, async ({request}) => {
      const response = await request.get(path, {headers: {'accept-language': 'sv-SE'}, maxRedirects: 0});
      expect(response.status()).toBe(307);
      expect(response.headers()['cache-control']).toBe('private, no-cache');
    });
  }

  test('a page that sets the language cookie is private; the same page without it is cacheable', async ({request}) => {
    const first = await request.get('/sv', {headers: {'accept-language': 'en'}});
    expect(first.headers()['set-cookie']).toMatch(/^NEXT_LOCALE=sv;/);
    expect(first.headers()['cache-control']).toBe('private, no-cache');

    const again = await request.get('/sv', {headers: {cookie: 'NEXT_LOCALE=sv'}});
    expect(again.headers()['set-cookie']).toBeUndefined();
    expect(again.headers()['cache-control']).toMatch(/s-maxage=\d+/);
    expect(again.headers()['cache-control']).not.toMatch(/private/);
  });
});
