import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {frontPages, sitePages} from '../support/pages';

type PrerenderManifest = {routes: Record<string, unknown>};

const pages = [...frontPages, ...sitePages].map((page) => page.path);

test('every front page and every statement version is prerendered at build time', () => {
  const manifestPath = path.join(__dirname, '..', '..', '.next', 'prerender-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PrerenderManifest;
  expect(Object.keys(manifest.routes)).toEqual(expect.arrayContaining(pages));
});

for (const page of pages) {
  test(`${page} is served from the prerendered HTML`, async ({request}) => {
    const response = await request.get(page);
    expect(response.status()).toBe(200);
    // `next start` marks responses it serves from the build's static output.
    expect(response.headers()['x-nextjs-prerender']).toBeTruthy();
    expect(response.headers()['x-nextjs-cache']).toBe('HIT');
  });
}
