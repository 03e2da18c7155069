import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {frontPages, sitePages} from '../support/pages';

// The site is the folder `npm run build` writes (docs/architecture.md): every
// page is a file of out/, sent as it is (what the files say:
// tests/built/).
const out = path.join(__dirname, '..', '..', 'out');

for (const {path: page} of [...frontPages, ...sitePages]) {
  test(`${page} is out${page}.html, as it was written`, async ({request}) => {
    const response = await request.get(page, {headers: {'accept-encoding': 'identity'}});
    expect(response.status()).toBe(200);
    expect((await response.body()).equals(readFileSync(path.join(out, `${page}.html`)))).toBe(true);
  });
}

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
  for (const path of ['/', ...[...frontPages, ...sitePages].map((page) => page.path)]) {
    const response = await request.get(path, {maxRedirects: 0});
    expect.soft(response.headers().link, path).toBeUndefined();
  }
});
