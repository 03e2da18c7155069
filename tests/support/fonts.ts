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
  // Every node asked at once: the protocol answers them in one stream rather than one round trip each.
  const perNode = await Promise.all(
    nodeIds.map(async (nodeId) => {
      const {fonts} = await client.send('CSS.getPlatformFontsForNode', {nodeId});
      if (fonts.length === 0) return [];
      const {outerHTML} = await client.send('DOM.getOuterHTML', {nodeId});
      return fonts.map((font) => ({
        family: font.familyName,
        custom: font.isCustomFont,
        glyphs: font.glyphCount,
        element: outerHTML.slice(0, 80),
      }));
    }),
  );
  const drawn: DrawnFont[] = perNode.flat();
  const elementsWithText = perNode.filter((fonts) => fonts.length > 0).length;
  return {fonts: drawn, elementsWithText};
}
