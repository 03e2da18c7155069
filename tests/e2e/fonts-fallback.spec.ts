import {expect, test} from '../support/browser';
import {drawnFonts, label} from '../support/fonts';
import {everyKindOfPage} from '../support/pages';

// A reader whose fonts miss the first frame reads that page in the fallback
// stack (app/_styles/fonts.ts). It must still be one serif throughout: on Debian
// Chromium's serif, Liberation Serif, has no ə, which would then be drawn
// from DejaVu Sans in the middle of a word. The font files are refused here,
// as on a connection that drops them.
// Chromium reports each refused file in the console: the one problem expected here.
test.use({expectedBrowserProblems: /^console: Failed to load resource: net::ERR_FAILED$/});

for (const path of everyKindOfPage) {
  test(`${path}: without the web font every letter is still drawn in one serif`, async ({page}) => {
    await page.route('**/*.woff2', (route) => route.abort());
    await page.goto(path);
    const {fonts, elementsWithText} = await drawnFonts(page);
    expect(elementsWithText).toBeGreaterThan(5);
    expect(fonts.filter((font) => font.custom).map(label)).toEqual([]);
    expect(fonts.filter((font) => /sans/i.test(font.family)).map(label)).toEqual([]);
    expect(new Set(fonts.map((font) => font.family)).size).toBe(1);
  });
}
