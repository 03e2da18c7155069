import {expect, test} from '@playwright/test';
import type {Response} from '@playwright/test';
import {translatorFor} from '../support/messages';
import {frontPages, sitePages} from '../support/pages';

// scripts/build/compile-hints.mjs: every script a page runs on a first visit
// asks V8 to compile it eagerly, off the main thread, rather than function by
// function while Next boots (the largest share of the page's blocking time).
const compileHint = '//# allFunctionsCalledOnLoad\n';

for (const {locale, path, isStatement} of [
  ...frontPages.map((page) => ({...page, isStatement: false})),
  ...sitePages.map((page) => ({...page, isStatement: true})),
]) {
  test(`${path}: every script loaded on a first visit starts with the compile hint`, async ({page}) => {
    const scripts = new Map<string, Response>();
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.set(new URL(response.url()).pathname, response);
    });
    await page.goto(path);
    // The Share button exists only once React has hydrated: every boot script has run.
    if (isStatement) await expect(page.getByRole('button', {name: translatorFor(locale)('Links.share')})).toBeVisible();
    await page.waitForLoadState('networkidle');

    // Every script the HTML names (modern browsers skip the noModule ones) was loaded…
    const named = await page
      .locator('script[src]:not([nomodule])')
      .evaluateAll((elements) => elements.map((element) => new URL((element as HTMLScriptElement).src).pathname));
    expect(named.length).toBeGreaterThan(0);
    expect([...scripts.keys()]).toEqual(expect.arrayContaining(named));

    // …and every script loaded starts with the hint.
    const withoutHint: string[] = [];
    for (const [pathname, response] of scripts) {
      if (!(await response.text()).startsWith(compileHint)) withoutHint.push(pathname);
    }
    expect(withoutHint).toEqual([]);
  });
}
