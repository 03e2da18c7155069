import {readFileSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {locales} from '../support/messages';

type PrerenderManifest = {routes: Record<string, unknown>};

test('every language is prerendered at build time', () => {
  const manifestPath = path.join(__dirname, '..', '..', '.next', 'prerender-manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as PrerenderManifest;
  for (const locale of locales) expect(Object.keys(manifest.routes)).toContain(`/${locale}`);
});

for (const locale of locales) {
  test(`/${locale} is served from the prerendered HTML`, async ({request}) => {
    const response = await request.get(`/${locale}`);
    expect(response.status()).toBe(200);
    // `next start` marks responses it serves from the build's static output.
    expect(response.headers()['x-nextjs-prerender']).toBeTruthy();
    expect(response.headers()['x-nextjs-cache']).toBe('HIT');
  });
}
