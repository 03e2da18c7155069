import {expect, test} from '@playwright/test';
import {everyKindOfPage} from '../support/pages';

for (const width of [320, 1440]) {
  test.describe(`${width} px wide`, () => {
    test.use({viewport: {width, height: 800}});

    for (const path of everyKindOfPage) {
      test(`${path} reads without horizontal scrolling`, async ({page}) => {
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        // The header's language switcher, where the page has one, fits too.
        for (const nav of await page.getByRole('navigation').all()) await expect(nav).toBeInViewport();
      });
    }
  });
}

test.describe('enlarged text', () => {
  // 200 % zoom of a 1280 px window is a 640 px layout viewport; a raised
  // browser font size scales the root font size, which every length here uses.
  for (const [name, viewport, rootFontSize] of [
    ['200 % zoom', {width: 640, height: 450}, '100%'],
    ['font size raised to 200 % on a phone', {width: 360, height: 780}, '200%'],
  ] as const) {
    test.describe(name, () => {
      test.use({viewport});

      for (const path of everyKindOfPage) {
        test(`${path} still reads without horizontal scrolling`, async ({page}) => {
          await page.goto(path);
          await page.evaluate((size) => {
            document.documentElement.style.fontSize = size;
          }, rootFontSize);
          await page.evaluate(() => document.fonts.ready);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow).toBeLessThanOrEqual(0);
          await expect(page.getByRole('heading', {level: 1})).toBeVisible();
        });
      }
    });
  }
});
