// Renders the site's icon, lib/site/icon.svg, into the PNG icons (favicon,
// Apple touch icon, web manifest), with Chromium, so they always match it.
// The favicon is a PNG, not the SVG: Chromium decodes an SVG favicon in the
// page's own renderer, as a whole isolated SVG document, on the main thread
// (10–45 ms on a 2-core machine, after the first paint: Total Blocking Time
// on a phone), where a PNG goes to the image decoder.
// Usage: node scripts/make-icons.mjs   (writes app/icon.png, app/apple-icon.png and public/icons/*.png)
import {readFile} from 'node:fs/promises';
import {chromium} from '@playwright/test';
import {chromiumFlags, chromiumPath} from './support/chromium.mjs';
import theme from '../lib/site/theme.json' with {type: 'json'};

const svg = await readFile(new URL('../lib/site/icon.svg', import.meta.url), 'utf8');
/** @type {[file: string, size: number, padding: number][]} */
const targets = [
  ['app/icon.png', 64, 0],
  ['app/apple-icon.png', 180, 0],
  ['public/icons/icon-192.png', 192, 0],
  ['public/icons/icon-512.png', 512, 0],
  // Maskable icons keep their content inside the central 80 % safe zone.
  ['public/icons/icon-maskable-512.png', 512, 0.1],
];

const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
for (const [file, size, padding] of targets) {
  const page = await browser.newPage({viewport: {width: size, height: size}});
  const inset = Math.round(size * padding);
  await page.setContent(
    `<body style="margin:0;background:${padding ? theme.light.accent : 'transparent'}"><div style="padding:${inset}px">${svg.replace('<svg ', `<svg width="${size - 2 * inset}" height="${size - 2 * inset}" `)}</div></body>`,
  );
  await page.screenshot({path: file, omitBackground: padding === 0});
  console.log(file);
  await page.close();
}
await browser.close();
