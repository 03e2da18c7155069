import {expect, test} from '@playwright/test';
import {locales} from '../support/messages';

// Nothing moves while a page loads and hydrates (fonts swapping in, the Share
// button appearing): the layout-shift entries Chromium reports add up to 0.
for (const [device, viewport] of Object.entries({
  phone: {width: 360, height: 780},
  desktop: {width: 1280, height: 900},
})) {
  test.describe(device, () => {
    test.use({viewport});

    for (const locale of locales) {
      test(`/${locale} loads without layout shift`, async ({page}) => {
        await page.addInitScript(() => {
          const shifts: number[] = [];
          Object.assign(window, {layoutShifts: shifts});
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & {value: number}).value);
          }).observe({type: 'layout-shift', buffered: true});
        });
        await page.goto(`/${locale}`);
        await expect(page.getByRole('button')).toBeVisible();
        await page.evaluate(async () => {
          await document.fonts.ready;
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        });
        const shifts = await page.evaluate(() => (window as unknown as {layoutShifts: number[]}).layoutShifts);
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBe(0);
      });
    }
  });
}
