import {expect, test} from '@playwright/test';
import {locales} from '../support/messages';

for (const width of [320, 1440]) {
  test.describe(`${width} px wide`, () => {
    test.use({viewport: {width, height: 800}});

    for (const locale of locales) {
      test(`/${locale} reads without horizontal scrolling`, async ({page}) => {
        await page.goto(`/${locale}`);
        await page.evaluate(() => document.fonts.ready);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await expect(page.getByRole('navigation')).toBeInViewport();
      });
    }
  });
}
