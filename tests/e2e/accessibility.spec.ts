import axe from 'axe-core';
import type {AxeResults, RunOptions} from 'axe-core';
import type {Page} from '@playwright/test';
import {expect, test} from '../support/browser';
import {locales, site} from '../support/builds';
import {everyKindOfPage} from '../support/pages';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// A 404 in a second language too: its text differs.
const pages = [...everyKindOfPage, '/sv/nope'];
const viewports = {phone: {width: 360, height: 780}, desktop: {width: 1280, height: 900}};

type WithAxe = {axe: {run: (context: Document, options: RunOptions) => Promise<AxeResults>}};

/** axe's WCAG 2.2 A/AA violations of the page as it is, in each colour scheme at each size. */
async function expectNoViolations(page: Page) {
  await page.evaluate(axe.source);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    for (const [device, viewport] of Object.entries(viewports)) {
      await page.setViewportSize(viewport);
      const violations = await page.evaluate(async (tags) => {
        const results = await (window as unknown as WithAxe).axe.run(document, {
          runOnly: {type: 'tag', values: tags},
        });
        return results.violations.map(
          ({id, nodes}) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
      }, wcag22aa);
      expect.soft(violations, `${colorScheme}, ${device}`).toEqual([]);
    }
  }
}

// One page load and axe-core put into it once (through the browser's
// debugging protocol, which the page's CSP does not govern), then each colour
// scheme at each size: the media queries apply anew without reloading, and
// axe reads the page as it is then. Putting axe in anew for every run, as
// @axe-core/playwright does, took four times as long as the runs themselves.
for (const path of pages) {
  test(`${path} has no WCAG 2.2 A/AA violations, light and dark, phone and desktop`, async ({page}) => {
    await page.goto(path);
    await expectNoViolations(page);
  });
}

// out/index.html, the front door of a host with no rules, which the embedded
// server never sends (it negotiates `/`): the file as the build wrote it, at
// an address of its own beside the site's stylesheets and fonts, as a reader
// without JavaScript sees it. The site's script is answered empty, since it
// would take the reader on to a language (axe itself needs the page's
// JavaScript, so the context's cannot be off).
test('the front door (out/index.html) has no WCAG 2.2 A/AA violations, light and dark, phone and desktop', async ({
  page,
}) => {
  await page.route('**/front-door', (route) =>
    route.fulfill({contentType: 'text/html; charset=utf-8', body: site.read('index.html')}),
  );
  await page.route('**/enhance/*.js', (route) => route.fulfill({contentType: 'text/javascript', body: ''}));
  await page.goto('/front-door');
  await expect(page.locator('a[hreflang]')).toHaveCount(locales.length);
  await expectNoViolations(page);
});
