import {expect, test as request} from '@playwright/test';
import {test} from '../support/browser';
import {everyKindOfPage} from '../support/pages';

// The Content-Security-Policy every answer carries. Documents have no inline
// script to allow, by hash or nonce (scripts/build/documents.mjs), so one
// policy serves every page and 404; any other file gets the policy of a file
// that runs nothing. That nothing a page loads or does is blocked by it is
// watched in every browser test (tests/support/browser.ts).
const documentPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
  "connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; " +
  "object-src 'none'";
const filePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
// The search page's: WebAssembly too, for Pagefind (lib/routing/headers.ts), on that page alone.
const searchPagePolicy = documentPolicy.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");

request('every page and 404 document has the one policy of a document, no inline script allowed', async ({request}) => {
  for (const path of everyKindOfPage) {
    expect.soft((await request.get(path)).headers()['content-security-policy'], path).toBe(documentPolicy);
  }
});

request('the search page of each language, and it alone, may compile WebAssembly', async ({request}) => {
  for (const path of ['/sv/search', '/en/search', '/az/search', '/en/search?q=mine']) {
    expect.soft((await request.get(path)).headers()['content-security-policy'], path).toBe(searchPagePolicy);
  }
  expect(searchPagePolicy).toContain("'wasm-unsafe-eval'");
});

request('any other file has the policy of a file that runs nothing', async ({request}) => {
  for (const path of ['/sitemap.xml', '/sv/feed.xml', '/robots.txt', '/en/manifest.webmanifest']) {
    expect.soft((await request.get(path)).headers()['content-security-policy'], path).toBe(filePolicy);
  }
});

test.describe('an inline script slipped into a prerendered page', () => {
  // Blocked, and Chromium says so in the console.
  test.use({expectedBrowserProblems: /^CSP blocked script-src-elem inline|^console: Executing inline script violates/});

  test('is blocked and does not run', async ({page, browserProblems}) => {
    const [path = '/sv'] = everyKindOfPage;
    await page.route(`**${path}`, async (route) => {
      const original = await route.fetch();
      const html = (await original.text()).replace('</body>', '<script>window.tampered=true</script></body>');
      await route.fulfill({response: original, body: html});
    });
    await page.goto(path);
    await expect
      .poll(() => browserProblems)
      .toContainEqual(expect.stringMatching(/^CSP blocked script-src-elem inline/));
    expect(await page.evaluate(() => (window as unknown as {tampered?: boolean}).tampered)).toBeUndefined();
  });
});
