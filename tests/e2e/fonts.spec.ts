import {expect, test} from '@playwright/test';
import {locales} from '../support/messages';

const pages = [...locales.map((locale) => `/${locale}`), '/az/nope', '/wp-login.php'];

// Every letter, ə ğ ı İ ş included, must come from the self-hosted web font:
// Chromium's DevTools protocol reports which fonts actually drew each element's text.
for (const path of pages) {
  test(`${path}: every text node renders with the web font, none with a fallback`, async ({page}) => {
    await page.goto(path);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    const client = await page.context().newCDPSession(page);
    await client.send('DOM.enable');
    await client.send('CSS.enable');
    const {root} = await client.send('DOM.getDocument', {depth: -1});
    const {nodeIds} = await client.send('DOM.querySelectorAll', {nodeId: root.nodeId, selector: 'body *'});

    const fallbacks: string[] = [];
    let elementsWithText = 0;
    for (const nodeId of nodeIds) {
      const {fonts} = await client.send('CSS.getPlatformFontsForNode', {nodeId});
      if (fonts.length === 0) continue;
      elementsWithText += 1;
      for (const font of fonts.filter((used) => !used.isCustomFont)) {
        const {outerHTML} = await client.send('DOM.getOuterHTML', {nodeId});
        fallbacks.push(`${font.familyName} (${font.glyphCount} glyphs) in ${outerHTML.slice(0, 80)}`);
      }
    }
    expect(elementsWithText).toBeGreaterThan(5);
    expect(fallbacks).toEqual([]);
  });
}
