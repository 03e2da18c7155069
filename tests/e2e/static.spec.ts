import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {frontPages, sitePages} from '../support/pages';

// The site is the folder `npm run build` writes (docs/architecture.md): every
// page is a file of out/, sent as it is, and nothing of Next's client runtime
// is in the folder.
const out = path.join(__dirname, '..', '..', 'out');
const files = readdirSync(out, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));

for (const {path: page} of [...frontPages, ...sitePages]) {
  test(`${page} is out${page}.html, as it was written`, async ({request}) => {
    const response = await request.get(page, {headers: {'accept-encoding': 'identity'}});
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(readFileSync(path.join(out, `${page}.html`)))).toBe(true);
  });
}

test('out/ holds no RSC payload, no framework chunk, no JavaScript but the site’s one script', () => {
  const uncompressed = files.filter((file) => !/\.(br|gz)$/.test(file));
  expect(uncompressed.filter((file) => /\.(rsc|txt)$|\.segments\/|__next\./.test(file))).toEqual(['robots.txt']);
  expect(uncompressed.filter((file) => file.endsWith('.js'))).toEqual([
    expect.stringMatching(/^enhance\/[0-9a-f]{8}\.js$/),
  ]);
  expect(uncompressed.filter((file) => file.startsWith('_not-found'))).toEqual([]);
});
