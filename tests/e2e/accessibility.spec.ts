import AxeBuilder from '@axe-core/playwright';
import {expect, test} from '@playwright/test';
import {everyKindOfPage} from '../support/pages';

const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
// A 404 in a second language too: its text differs.
const pages = [...everyKindOfPage, '/sv/nope'];
const viewports = {phone: {width: 360, height: 780}, desktop: {width: 1280, height: 900}};

for (const colorScheme of ['light', 'dark'] as const) {
  for (const [device, viewport] of Object.entries(viewports)) {
    test.describe(`${colorScheme}, ${device}`, () => {
      test.use({colorScheme, viewport});

      for (const path of pages) {
        test(`${path} has no WCAG 2.2 A/AA violations`, async ({page}) => {
          await page.goto(path);
          const {violations} = await new AxeBuilder({page}).withTags(wcag22aa).analyze();
          expect(
            violations.map(({id, nodes}) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
          ).toEqual([]);
        });
      }
    });
  }
}
