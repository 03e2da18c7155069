import axe from 'axe-core';
import type {AxeResults, RunOptions} from 'axe-core';
import {expect, test} from '../support/browser';
import {everyKindOfPage} from '../support/pages';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// A 404 in a second language too: its text differs.
const pages = [...everyKindOfPage, '/sv/nope'];
const viewports = {phone: {width: 360, height: 780}, desktop: {width: 1280, height: 900}};

type WithAxe = {axe: {run: (context: Document, options: RunOptions) => Promise<AxeResults>}};

// One page load and axe-core put into it once (through the browser's
// debugging protocol, which the page's CSP does not govern), then each colour
// scheme at each size: the media queries apply anew without reloading, and
// axe reads the page as it is then. Putting axe in anew for every run, as
// @axe-core/playwright does, took four times as long as the runs themselves.
for (const path of pages) {
  test(`${path} has no WCAG 2.2 A/AA violations, light and dark, phone and desktop`, async ({page}) => {
    await page.goto(path);
    await page.evaluate(axe.source);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      for (const [device, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        const violations = await page.evaluate(async (tags) => {
          const results = await (window as unknown as WithAxe).axe.run(document, {
            runOnly: {type: 'tag', values: tags},
          });
          return results.violations.map(
            ({id, nodes}) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`,
          );
        }, wcag22aa);
        expect.soft(violations, `${colorScheme}, ${device}`).toEqual([]);
      }
    }
  });
}
