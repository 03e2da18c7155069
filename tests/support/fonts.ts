import type {Page} from '@playwright/test';

export type DrawnFont = {family: string; custom: boolean; glyphs: number; element: string};

/** One line per font and element, for readable failures. */
export const label = ({family, glyphs, element}: DrawnFont) => `${family} (${glyphs} glyphs) in ${element}`;

/**
 * Which fonts drew each element's text, once the page's fonts have settled,
 * as Chromium's DevTools protocol reports it.
 */
export async function drawnFonts(page: Page): Promise<{fonts: DrawnFont[]; elementsWithText: number}> {
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
