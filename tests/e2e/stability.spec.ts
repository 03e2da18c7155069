import {expect, test} from '@playwright/test';
import {locales} from '../support/messages';

// Nothing moves while a page loads and hydrates (fonts arriving, the Share
// button appearing): the layout-shift entries Chromium reports add up to 0.
// Also when the fonts come late, as on a slow phone connection: on loopback
// they are usually there before the first frame, which hides a font that
// swaps in afterwards and re-wraps the text.
const fontDelays = {'fonts on time': 0, 'fonts 400 ms late': 400};

for (const [device, viewport] of Object.entries({
  phone: {width: 360, height: 780},
  desktop: {width: 1280, height: 900},
})) {
  test.describe(device, () => {
    test.use({viewport});

    for (const [timing, delay] of Object.entries(fontDelays)) {
      for (const locale of locales) {
        test(`/${locale} loads without layout shift, ${timing}`, async ({page}) => {
          if (delay > 0) {
            await page.route('**/*.woff2', async (route) => {
              await new Promise((resolve) => setTimeout(resolve, delay));
              await route.continue();
            });
          }
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
    }
  });
}
