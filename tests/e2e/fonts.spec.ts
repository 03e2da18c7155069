import {expect, test} from '@playwright/test';
import type {Page} from '@playwright/test';
import {locales} from '../support/messages';

const pages = [...locales.map((locale) => `/${locale}`), '/az/nope', '/wp-login.php'];

// The fonts are `font-display: optional`: Chromium holds the first frame a
// short while for the preloaded files, and a page drawn before they arrive
// keeps the fallback. That only works if every page preloads every font file
// it uses (the 404 pages included, which Next leaves out), with CORS, as
// fonts are fetched, so the preload is not fetched a second time.
for (const path of pages) {
  test(`${path} preloads the font files it uses, and only those`, async ({page}) => {
    await page.goto(path);
    const {preloaded, fetched, facesLoaded} = await page.evaluate(async () => {
      await document.fonts.ready;
      return {
        preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => ({
          url: link.href,
          crossOrigin: link.crossOrigin,
          type: link.type,
        })),
        fetched: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => new URL(entry.name).pathname.endsWith('.woff2'))
          .map((entry) => ({url: entry.name, initiator: entry.initiatorType})),
        facesLoaded: [...document.fonts].filter((face) => face.status === 'loaded').length,
      };
    });
    // Each file is fetched once, by its preload, not discovered late by the stylesheet...
    expect(fetched.length).toBeGreaterThan(0);
    const byUrl = (a: {url: string}, b: {url: string}) => a.url.localeCompare(b.url);
    expect(fetched.sort(byUrl)).toEqual(preloaded.map(({url}) => ({url, initiator: 'link'})).sort(byUrl));
    for (const link of preloaded) expect(link).toMatchObject({crossOrigin: 'anonymous', type: 'font/woff2'});
    // ...and every preloaded file is a face the page draws with.
    expect(facesLoaded).toBe(preloaded.length);
  });
}

type DrawnFont = {family: string; custom: boolean; glyphs: number; element: string};

/** Which fonts drew each element's text, as Chromium's DevTools protocol reports it. */
async function drawnFonts(page: Page): Promise<{fonts: DrawnFont[]; elementsWithText: number}> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const client = await page.context().newCDPSession(page);
  await client.send('DOM.enable');
  await client.send('CSS.enable');
  const {root} = await client.send('DOM.getDocument', {depth: -1});
  const {nodeIds} = await client.send('DOM.querySelectorAll', {nodeId: root.nodeId, selector: 'body *'});
  const drawn: DrawnFont[] = [];
  let elementsWithText = 0;
  for (const nodeId of nodeIds) {
    const {fonts} = await client.send('CSS.getPlatformFontsForNode', {nodeId});
    if (fonts.length === 0) continue;
    elementsWithText += 1;
    const {outerHTML} = await client.send('DOM.getOuterHTML', {nodeId});
    for (const font of fonts) {
      drawn.push({
        family: font.familyName,
        custom: font.isCustomFont,
        glyphs: font.glyphCount,
        element: outerHTML.slice(0, 80),
      });
    }
  }
  return {fonts: drawn, elementsWithText};
}

const describe = ({family, glyphs, element}: DrawnFont) => `${family} (${glyphs} glyphs) in ${element}`;

// Every letter, ə ğ ı İ ş included, must come from the self-hosted web font.
// The page is loaded a second time, from the HTTP cache, so the font files are
// there for the first frame however busy the machine is.
for (const path of pages) {
  test(`${path}: every text node renders with the web font, none with a fallback`, async ({page}) => {
    await page.goto(path);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.reload();
    const {fonts, elementsWithText} = await drawnFonts(page);
    expect(elementsWithText).toBeGreaterThan(5);
    expect(fonts.filter((font) => !font.custom).map(describe)).toEqual([]);
  });
}

// A reader whose fonts miss the first frame reads that page in the fallback
// stack (app/_lib/fonts.ts): still a serif for every letter, ə included, not
// a sans-serif stand-in for the letters a system serif lacks. The font files
// are refused here, as on a connection that drops them.
for (const path of pages) {
  test(`${path}: without the web font every letter is still drawn in a serif`, async ({page}) => {
    await page.route('**/*.woff2', (route) => route.abort());
    await page.goto(path);
    const {fonts, elementsWithText} = await drawnFonts(page);
    expect(elementsWithText).toBeGreaterThan(5);
    expect(fonts.filter((font) => font.custom)).toEqual([]);
    expect(fonts.filter((font) => /sans/i.test(font.family)).map(describe)).toEqual([]);
  });
}
