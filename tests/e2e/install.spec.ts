import {expect, test} from '@playwright/test';
import {locales, translatorFor} from '../support/messages';
import {pngSize} from '../support/png';

type Manifest = {
  name: string;
  lang: string;
  start_url: string;
  icons: {src: string; sizes: string; type: string}[];
};

for (const locale of locales) {
  test(`/${locale} links a web manifest in its language, with icons that exist`, async ({page, request}) => {
    await page.goto(`/${locale}`);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe(`/${locale}/manifest.webmanifest`);

    const response = await request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as Manifest;
    expect(manifest).toMatchObject({
      name: translatorFor(locale)('Metadata.siteName'),
      lang: locale,
      start_url: `/${locale}`,
    });
    for (const icon of manifest.icons) {
      const image = await request.get(icon.src);
      expect(image.status(), icon.src).toBe(200);
      const {width, height} = pngSize(await image.body());
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });
}

test('pages carry a favicon, an Apple touch icon and a theme colour for light and dark', async ({page, request}) => {
  await page.goto('/sv');
  for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
    const href = await page.locator(selector).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.status(), selector).toBe(200);
  }
  const themeColors = await page
    .locator('meta[name="theme-color"]')
    .evaluateAll((tags) => tags.map((tag) => tag.getAttribute('media')));
  expect(themeColors).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
});
