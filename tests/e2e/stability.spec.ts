import {expect, test} from '../support/browser';
import type {Page} from '@playwright/test';
import {everyKindOfPage, statementPages} from '../support/pages';

// Nothing moves while a page loads and its script runs (fonts arriving, the
// Share button appearing): the layout-shift entries Chromium reports add up to 0.
// Also when the fonts come only after the page has first been painted, as on
// a slow phone connection: on loopback they are nearly always there before the
// first frame, which hides a font that swaps in later and re-wraps the text.
const fontTimings = ['fonts on time', 'fonts after the first paint'] as const;
const statementPaths = new Set(statementPages.map(({path}) => path));

/** Holds back every font file until the page has painted text in the fallback. */
async function delayFontsPastFirstPaint(page: Page) {
  let painted: () => void = () => {};
  const firstPaint = new Promise<void>((resolve) => {
    painted = resolve;
  });
  await page.exposeFunction('reportFirstContentfulPaint', () => painted());
  await page.addInitScript(() => {
    new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) {
        (window as unknown as {reportFirstContentfulPaint: () => void}).reportFirstContentfulPaint();
      }
    }).observe({type: 'paint', buffered: true});
  });
  await page.route('**/*.woff2', async (route) => {
    await firstPaint;
    await route.continue();
  });
}

const viewports = {phone: {width: 360, height: 780}, desktop: {width: 1280, height: 900}};

// One test per page; each size and font timing in a page of its own with the
// browser's cache off (nothing cached, as a first visit: the DevTools
// protocol's switch, cheaper than a fresh context for each), the four side by
// side: a page's layout shifts are its own, whatever else the browser is doing.
const configurations = Object.entries(viewports).flatMap(([device, viewport]) =>
  fontTimings.map((timing) => ({device, viewport, timing})),
);

for (const path of everyKindOfPage) {
  test(`${path} loads without layout shift, phone and desktop, fonts on time and after the first paint`, async ({
    context,
  }) => {
    await Promise.all(
      configurations.map(async ({device, viewport, timing}) => {
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        await cdp.send('Network.enable');
        await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
        await page.setViewportSize(viewport);
        if (timing === 'fonts after the first paint') await delayFontsPastFirstPaint(page);
        await page.addInitScript(() => {
          const shifts: number[] = [];
          Object.assign(window, {layoutShifts: shifts});
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & {value: number}).value);
          }).observe({type: 'layout-shift', buffered: true});
        });
        await page.goto(path);
        // The statement's Share button appears once the site's script has run.
        if (statementPaths.has(path)) await expect(page.getByRole('button')).toBeVisible();
        await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        });
        const shifts = await page.evaluate(() => (window as unknown as {layoutShifts: number[]}).layoutShifts);
        expect
          .soft(
            shifts.reduce((sum, value) => sum + value, 0),
            `${device}, ${timing}`,
          )
          .toBe(0);
        await page.close();
      }),
    );
  });
}
