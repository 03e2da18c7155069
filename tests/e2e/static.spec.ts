import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {site} from '../support/builds';

// The site is the folder `npm run build` writes (docs/architecture.md): every
// page is a file of out/, sent as it is (what the files say: tests/built/).
const pages = readdirSync(site.outDir, {recursive: true, encoding: 'utf8'})
  .filter((file) => file.endsWith('.html') && !file.endsWith('404.html'))
  .map(
    (file) =>
      `/${file
        .split(path.sep)
        .join('/')
        .replace(/\.html$/, '')}`,
  );

test('every page of out/ is sent as it was written', async ({request}) => {
  expect(pages.length).toBeGreaterThanOrEqual(6);
  for (const page of pages) {
    const response = await request.get(page, {headers: {'accept-encoding': 'identity'}});
    expect.soft(response.status(), page).toBe(200);
    expect.soft((await response.body()).equals(readFileSync(path.join(site.outDir, `${page}.html`))), page).toBe(true);
  }
});

test('each kind of file is sent with the media type its readers need', async ({request}) => {
  const types: [path: string, contentType: string][] = [
    ['/sv', 'text/html; charset=utf-8'],
    ['/az/nope', 'text/html; charset=utf-8'],
    ['/en/feed.xml', 'application/atom+xml; charset=utf-8'],
    ['/az/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/sitemap.xml', 'text/xml'],
    ['/robots.txt', 'text/plain'],
    ['/icons/icon-192.png', 'image/png'],
    ['/sv/preview.png', 'image/png'],
  ];
  for (const [file, contentType] of types) {
    expect.soft((await request.get(file)).headers()['content-type'], file).toBe(contentType);
  }
});

test('no answer carries a Link header (next-intl’s, which the files do not need)', async ({request}) => {
  for (const page of ['/', ...pages]) {
    const response = await request.get(page, {maxRedirects: 0});
    expect.soft(response.headers().link, page).toBeUndefined();
  }
});
