import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {translatorFor} from '../support/messages';
import {pngSize} from '../support/png';
import {locales, site} from '../support/builds';

// What a phone needs to install the site and show it with its icons: a web
// manifest per language, icons that exist at the sizes they claim, and a
// theme colour for light and dark. Their media types over HTTP:
// tests/e2e/static.spec.ts.

type Manifest = {
  name: string;
  lang: string;
  start_url: string;
  icons: {src: string; sizes: string; type: string}[];
};

/** A file of out/ named by the URL a page gives for it (its query, a cache-buster, is not part of the file). */
const fileAt = (url: string) => readFileSync(path.join(site.outDir, new URL(url, 'http://site').pathname));

describe.each(locales)('/%s', (locale) => {
  const $ = site.documentAt(`/${locale}`);

  test('links a web manifest in its language, whose icons exist at the sizes it names', () => {
    const href = $('link[rel="manifest"]').attr('href') ?? '';
    expect(href).toBe(`/${locale}/manifest.webmanifest`);
    const manifest = JSON.parse(fileAt(href).toString('utf8')) as Manifest;
    expect(manifest).toMatchObject({
      name: translatorFor(locale)('Metadata.siteName'),
      lang: locale,
      start_url: `/${locale}`,
    });
    expect(manifest.icons.length).toBeGreaterThan(0);
    for (const icon of manifest.icons) {
      expect(icon.type, icon.src).toBe('image/png');
      const {width, height} = pngSize(fileAt(icon.src));
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  });

  test('carries a favicon and an Apple touch icon that exist, and a theme colour for light and dark', () => {
    for (const selector of ['link[rel="icon"]', 'link[rel="apple-touch-icon"]']) {
      const link = $(selector);
      const {width, height} = pngSize(fileAt(link.attr('href') ?? ''));
      expect(`${width}x${height}`, selector).toBe(link.attr('sizes'));
    }
    const themeColors = $('meta[name="theme-color"]')
      .toArray()
      .map((meta) => meta.attribs.media);
    expect(themeColors).toEqual(['(prefers-color-scheme: light)', '(prefers-color-scheme: dark)']);
  });
});
