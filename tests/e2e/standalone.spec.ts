import {expect, test} from '@playwright/test';
import enhancementScript from '../../lib/site/enhancementScript.json';
import type {StartedProcess} from '../../scripts/support/servers.mjs';
import {locales, translatorFor} from '../support/messages';
import {frontPages, sitePages} from '../support/pages';

// The deployable server (output: 'standalone', started by its entry point
// serve/server.mjs, scripts/serve/) serves the site on its own, from its own
// folder: every page, asset and redirect, with the same headers as `next start`.
const port = 3150;
const origin = `http://127.0.0.1:${port}`;
let server: StartedProcess | undefined;

test.describe.configure({mode: 'serial'});

test.beforeAll(async () => {
  // Longer than the minute startStandalone waits, so that it, not this hook, gives up and stops the server.
  test.setTimeout(75_000);
  // Imported here, not above: Playwright's require hook would compile the .mjs to CommonJS, where its
  // import.meta is an error; import() takes Node's ES module loader.
  const {startStandalone} = await import('../../scripts/support/servers.mjs');
  server = await startStandalone(port);
});

test.afterAll(() => {
  server?.stop();
});

test('serves every page with its CSP, and the assets each page loads', async ({request}) => {
  for (const {locale, path} of [...frontPages, ...sitePages]) {
    const response = await request.get(origin + path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self';");
    const html = await response.text();
    expect(html).toContain(`<html lang="${locale}"`);
    const assets = [
      ...new Set([...html.matchAll(/(?:src|href)="(\/[^"]+\.(?:css|js|woff2))"/g)].map(([, url]) => url)),
    ];
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) expect((await request.get(origin + asset)).status(), asset).toBe(200);
  }
});

test("serves its copy of every page as a document, and the site's script cached for good", async ({request}) => {
  for (const {path} of [...frontPages, ...sitePages]) {
    const html = await (await request.get(origin + path)).text();
    expect(html, path).not.toContain('__next_f');
    expect(html, path).not.toMatch(/\/_next\/static\/chunks\/[^"]+\.js/);
    const script = html.match(/<script src="([^"]+)" defer="">/)?.[1] ?? '';
    expect(script, path).toMatch(new RegExp(`^${enhancementScript.urlPath}[0-9a-f]{8}\\.js$`));
    const response = await request.get(origin + script);
    expect(response.headers()['cache-control'], script).toBe('public, max-age=31536000, immutable');
  }
});

test('negotiates, redirects and answers unknown paths like next start', async ({request}) => {
  const redirect = await request.get(`${origin}/`, {headers: {'accept-language': 'sv-FI'}, maxRedirects: 0});
  expect(redirect.status()).toBe(307);
  expect(redirect.headers().location).toBe('/sv');

  const notFound = await request.get(`${origin}/az/nope`);
  expect(notFound.status()).toBe(404);
  const notFoundHtml = await notFound.text();
  expect(notFoundHtml).toContain(translatorFor('az')('NotFound.title'));
  // The 404 page finds its font preloads in the build's manifest from the
  // standalone server's own directory (app/_components/not-found/fontFiles.ts).
  const fonts = [...notFoundHtml.matchAll(/<link rel="preload" href="([^"]+\.woff2)"/g)].map(([, url]) => url);
  expect(fonts.length).toBeGreaterThan(0);
  for (const font of fonts) expect((await request.get(origin + font)).status(), font).toBe(200);

  // A 404 under the statements reads the collection, traced into the standalone output.
  const unknownStatement = await request.get(`${origin}/az/statements/no-such-statement`);
  expect(unknownStatement.status()).toBe(404);
  expect(await unknownStatement.text()).toContain(translatorFor('az')('NotFound.title'));

  expect((await request.get(`${origin}/%zz`)).status()).toBe(400);
});

test('serves the sitemap, robots.txt, icons, manifests and preview images', async ({request}) => {
  for (const asset of ['/sitemap.xml', '/robots.txt', '/icon.png', '/apple-icon.png', '/icons/icon-512.png']) {
    expect((await request.get(origin + asset)).status(), asset).toBe(200);
  }
  for (const locale of locales) {
    expect((await request.get(`${origin}/${locale}/manifest.webmanifest`)).status()).toBe(200);
    expect((await request.get(`${origin}/${locale}/feed.xml`)).headers()['content-type']).toContain('atom+xml');
  }
  for (const {path} of [...frontPages, ...sitePages]) {
    const html = await (await request.get(origin + path)).text();
    const image = new URL(html.match(/<meta property="og:image" content="([^"]+)"/)?.[1] ?? '');
    const response = await request.get(origin + image.pathname + image.search);
    expect(response.status(), path).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
  }
});
