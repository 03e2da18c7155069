import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '../support/browser';
import {everyKindOfPage} from '../support/pages';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// A 404 in a second language too: its text differs.
const pages = [...everyKindOfPage, '/sv/nope'];
const viewports = {phone: {width: 360, height: 780}, desktop: {width: 1280, height: 900}};

// One page load, then each colour scheme at each size: the media queries
// apply anew without reloading, and axe reads the page as it is then.
for (const path of pages) {
  test(`${path} has no WCAG 2.2 A/AA violations, light and dark, phone and desktop`, async ({page}) => {
    await page.goto(path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      for (const [device, viewport] of Object.entries(viewports)) {
        await page.setViewportSize(viewport);
        const {violations} = await new AxeBuilder({page}).withTags(wcag22aa).analyze();
        expect
          .soft(
            violations.map(({id, nodes}) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
            `${colorScheme}, ${device}`,
          )
          .toEqual([]);
      }
    }
  });
}
