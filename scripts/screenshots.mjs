// Writes full-page PNGs of every page the sitemap lists (each front page and
// each statement in each language), at phone and desktop sizes, light and
// dark, into ./screenshots (git-ignored), from a running server.
// Usage: node scripts/screenshots.mjs [baseURL]   (default http://localhost:3000)
import {mkdir} from 'node:fs/promises';
import {chromium} from '@playwright/test';
import {chromiumFlags, chromiumPath} from './support/chromium.mjs';
import {pagesOf} from './support/servers.mjs';

const baseURL = process.argv[2] ?? 'http://localhost:3000';
const viewports = {phone: {width: 360, height: 780}, desktop: {width: 1280, height: 900}};
const schemes = /** @type {const} */ (['light', 'dark']);
/** @param {string} pathname */
const fileName = (pathname) => pathname.slice(1).replaceAll('/', '_');

await mkdir('screenshots', {recursive: true});
const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
for (const pathname of await pagesOf(baseURL)) {
  for (const [name, viewport] of Object.entries(viewports)) {
    for (const colorScheme of schemes) {
      const page = await browser.newPage({viewport, colorScheme, deviceScaleFactor: name === 'phone' ? 2 : 1});
      await page.goto(`${baseURL}${pathname}`);
      await page.evaluate(() => document.fonts.ready);
      const file = `screenshots/${fileName(pathname)}-${name}-${colorScheme}.png`;
      await page.screenshot({path: file, fullPage: true});
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
