import {expect, test} from '@playwright/test';
import {locales, translatorFor} from '../support/messages';

// scripts/build/compile-hints.mjs: every script a page runs on a first visit
// asks V8 to compile it eagerly, off the main thread, rather than function by
// function while Next boots (the largest share of the page's blocking time).
const compileHint = '//# allFunctionsCalledOnLoad\n';

for (const locale of locales) {
  test(`/${locale}: every script loaded on a first visit starts with the compile hint`, async ({page}) => {
    const bodies = new Map<string, Promise<string>>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') bodies.set(new URL(response.url()).pathname, response.text());
    });
    await page.goto(`/${locale}`);
    // The Share button exists only once React has hydrated: every boot script has run.
    await expect(page.getByRole('button', {name: translatorFor(locale)('Links.share')})).toBeVisible();
    await page.waitForLoadState('networkidle');

    expect(bodies.size).toBeGreaterThan(3);
    const withoutHint: string[] = [];
    for (const [pathname, body] of bodies) {
      if (!(await body).startsWith(compileHint)) withoutHint.push(pathname);
    }
    expect(withoutHint).toEqual([]);
  });
}
