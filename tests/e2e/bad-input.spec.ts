import {expect, test} from '@playwright/test';

test.describe('bad input gets a clear 4xx, never a 5xx', () => {
  for (const path of ['/%zz', '/sv/%zz', '/%E0%A4%A', '/%zz.php']) {
    test(`malformed percent-encoding ${path} → 400`, async ({request}) => {
      const response = await request.get(path, {maxRedirects: 0});
      expect(response.status()).toBe(400);
    });
  }

  for (const acceptLanguage of ['!!!', 'sv;q=abc,,;;', 'x'.repeat(2000), '*', 'az-Cyrl-AZ;q=0.1, zz']) {
    test(`junk Accept-Language ${JSON.stringify(acceptLanguage.slice(0, 20))} still negotiates`, async ({request}) => {
      const response = await request.get('/', {headers: {'accept-language': acceptLanguage}, maxRedirects: 0});
      expect(response.status()).toBe(307);
    });
  }

  test('a junk locale cookie on a page is harmless', async ({request}) => {
    const response = await request.get('/en', {headers: {cookie: 'NEXT_LOCALE=../../etc/passwd'}});
    expect(response.status()).toBe(200);
  });
});
