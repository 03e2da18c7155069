import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {locales, translatorFor} from '../support/messages';
import {sitePages} from '../support/pages';

/** Collects what the page's Content-Security-Policy blocked, and console errors. */
async function watchViolations(page: Page) {
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const violations: string[] = [];
    Object.assign(window, {cspViolations: violations});
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return {
    consoleErrors,
    violations: () => page.evaluate(() => (window as unknown as {cspViolations: string[]}).cspViolations),
  };
}

for (const {statement, locale, path} of sitePages) {
  test(`${path}: every control works under its strict policy, nothing blocked`, async ({page, context}) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const watch = await watchViolations(page);
    const t = translatorFor(locale);
    const [first = '', second = ''] = statement.paragraphIds;
    const response = await page.goto(`${path}#${first}`);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toContain("default-src 'none'");
    // A document (scripts/build/documents.mjs): no inline script to allow, by hash or nonce.
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).toContain("style-src 'self';");

    // Controls that exist only once the site's script has run, then each in use.
    await page.getByRole('button', {name: t('Links.share')}).click();
    await expect(page.getByRole('status')).toHaveText(t('Links.copied'));
    await page.getByRole('link', {name: t('Links.paragraph', {number: 2})}).click();
    await expect(page.getByRole('status')).toHaveText(t('Links.copied'));
    const other = locales.find((candidate) => candidate !== locale && statement.locales.includes(candidate));
    if (other) {
      await page.getByRole('navigation').locator(`a[hreflang="${other}"]`).click();
      await expect(page).toHaveURL(new RegExp(`^[^#]*/${other}/[^#]*#${second}$`));
    }

    expect(await watch.violations()).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
}

for (const path of ['/sv/nope', '/wp-login.php']) {
  test(`${path}, a 404 document, has the one policy of every page, nothing blocked`, async ({page}) => {
    const watch = await watchViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toBe(
      (await page.request.get(sitePages[0]?.path ?? '/sv')).headers()['content-security-policy'],
    );
    await page.waitForLoadState('networkidle');
    expect(await watch.violations()).toEqual([]);
    // Chromium logs the document's own 404 as a failed load; nothing else may fail.
    expect(watch.consoleErrors.filter((error) => !/status of 404/.test(error))).toEqual([]);
  });
}

test('an inline script slipped into a prerendered page is blocked', async ({page}) => {
  const [{path} = {path: '/sv'}] = sitePages;
  await page.route(`**${path}`, async (route) => {
    const original = await route.fetch();
    const html = (await original.text()).replace('</body>', '<script>window.tampered=true</script></body>');
    await route.fulfill({response: original, body: html});
  });
  const watch = await watchViolations(page);
  await page.goto(path);
  await expect.poll(watch.violations).toContainEqual(expect.stringMatching(/^script-src-elem inline/));
  expect(await page.evaluate(() => (window as unknown as {tampered?: boolean}).tampered)).toBeUndefined();
});
