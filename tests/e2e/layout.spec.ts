import {expect, test} from '../support/browser';
import type {Page} from '@playwright/test';
import {everyKindOfPage} from '../support/pages';

// Every kind of page reads without horizontal scrolling, at each width and
// with enlarged text: one page load, each configuration in turn.
const overflowOf = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return document.documentElement.scrollWidth - document.documentElement.clientWidth;
  });
const setRootFontSize = (page: Page, size: string) =>
  page.evaluate((value) => {
    document.documentElement.style.fontSize = value;
  }, size);

for (const path of everyKindOfPage) {
  test(`${path} reads without horizontal scrolling, narrow, wide and with enlarged text`, async ({page}) => {
    await page.goto(path);
    for (const width of [320, 1440]) {
      await page.setViewportSize({width, height: 800});
      expect.soft(await overflowOf(page), `${width} px wide`).toBeLessThanOrEqual(0);
      // The header's language switcher, where the page has one, fits too.
      for (const nav of await page.getByRole('navigation').all()) {
        await expect.soft(nav, `${width} px wide`).toBeInViewport();
      }
    }
    // 200 % zoom of a 1280 px window is a 640 px layout viewport; a raised
    // browser font size scales the root font size, which every length here uses.
    for (const [name, viewport, rootFontSize] of [
      ['200 % zoom', {width: 640, height: 450}, '100%'],
      ['font size raised to 200 % on a phone', {width: 360, height: 780}, '200%'],
    ] as const) {
      await page.setViewportSize(viewport);
      await setRootFontSize(page, rootFontSize);
      expect.soft(await overflowOf(page), name).toBeLessThanOrEqual(0);
      await expect.soft(page.getByRole('heading', {level: 1}), name).toBeVisible();
    }
  });
}
