import {expect, test} from '../support/browser';
import {drawnFonts, label} from '../support/fonts';
import {everyKindOfPage} from '../support/pages';

// The fonts are `font-display: optional`: Chromium holds the first frame a
// short while for the preloaded files, and a page drawn before they arrive
// keeps the fallback. That only works if every page preloads every font file
// it uses (the 404 pages included, which Next leaves out), with CORS, as
// fonts are fetched, so the preload is not fetched a second time.
// Then every letter, ə ğ ı İ ş included, must come from the self-hosted web
// font: the page is loaded a second time, from the HTTP cache, so the font
// files are there for the first frame however busy the machine is.
for (const path of everyKindOfPage) {
  test(`${path} preloads the font files it uses, only those, and draws every letter with them`, async ({page}) => {
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
        // next/font's metric-adjusted "… Fallback" faces are local fonts, not files.
        facesLoaded: [...document.fonts].filter((face) => face.status === 'loaded' && !/fallback/i.test(face.family))
          .length,
      };
    });
    // Each file is fetched once, by its preload, not discovered late by the stylesheet...
    expect.soft(fetched.length).toBeGreaterThan(0);
    const byUrl = (a: {url: string}, b: {url: string}) => a.url.localeCompare(b.url);
    expect.soft(fetched.sort(byUrl)).toEqual(preloaded.map(({url}) => ({url, initiator: 'link'})).sort(byUrl));
    for (const link of preloaded) expect.soft(link).toMatchObject({crossOrigin: 'anonymous', type: 'font/woff2'});
    // ...and every preloaded file is a face the page draws with.
    expect.soft(facesLoaded).toBe(preloaded.length);

    await page.reload();
    const {fonts, elementsWithText} = await drawnFonts(page);
    expect(elementsWithText).toBeGreaterThan(5);
    expect(fonts.filter((font) => !font.custom).map(label)).toEqual([]);
  });
}
