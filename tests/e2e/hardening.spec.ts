import {expect, test} from '@playwright/test';
import type {APIRequestContext} from '@playwright/test';
import {siteContent} from '../support/content';

const requiredHeaders: Record<string, RegExp> = {
  'strict-transport-security': /max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'content-security-policy': /frame-ancestors 'none'/,
};

// A statement of the build, for the table of its routes below.
const known = siteContent.statements[0]?.id ?? 'none';

// Set when npm run check:edge runs this table through the nginx edge.
const edge = Boolean(process.env.E2E_BASE_URL);

async function firstScript(request: APIRequestContext) {
  const html = await (await request.get('/sv')).text();
  return html.match(/\/_next\/static\/[^"]+\.js/)?.[0] ?? '';
}

test.describe('security headers on every kind of response', () => {
  const cases: [name: string, method: string, path: string | 'script', status: number][] = [
    ['a page', 'GET', '/sv', 200],
    ['the negotiating redirect', 'GET', '/', 307],
    ['a 404 in a language', 'GET', '/sv/nope', 404],
    ['a 404 outside the languages', 'GET', '/wp-login.php', 404],
    ['a 400 for a malformed URL', 'GET', '/%zz', 400],
    ['a 405 for a POST', 'POST', '/sv', 405],
    ['the sitemap', 'GET', '/sitemap.xml', 200],
    ['a static script', 'GET', 'script', 200],
    ['a missing static asset', 'GET', '/_next/static/chunks/missing.js', 404],
  ];
  for (const [name, method, path, status] of cases) {
    test(name, async ({request}) => {
      test.skip(
        path === '/%zz' && edge,
        'nginx answers a URL it cannot decode itself, before any location (deploy/nginx/karabakh.conf)',
      );
      const url = path === 'script' ? await firstScript(request) : path;
      const response = await request.fetch(url, {method, maxRedirects: 0});
      expect(response.status()).toBe(status);
      const headers = response.headers();
      for (const [header, pattern] of Object.entries(requiredHeaders)) expect(headers[header], header).toMatch(pattern);
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }
});

test.describe('bad input gets a clear 4xx or a safe redirect, never a 5xx', () => {
  // 'client error' where the app and an edge in front of it may refuse differently (404 or 400).
  const table: [path: string, expected: number | 'redirect' | 'client error', headers?: Record<string, string>][] = [
    ['/%zz', 400],
    ['/%', 400],
    ['/sv/%zz', 400],
    ['/%E0%A4%A', 400],
    ['/%zz.php', 400],
    ['/.env', 404],
    ['/.git/config', 'redirect'],
    ['/sv/..%2f..%2fetc%2fpasswd', 'client error'],
    [`/sv/${'a'.repeat(4000)}`, 404],
    ['/xx', 'redirect'],
    ['/', 'redirect', {'accept-language': 'x'.repeat(4000)}],
    ['/', 'redirect', {'accept-language': '!!!,;q=abc,,;;'}],
    ['/', 'redirect', {cookie: `NEXT_LOCALE=${'z'.repeat(3000)}`}],
    ['/en', 200, {cookie: 'NEXT_LOCALE=../../etc/passwd'}],
    ['/', 'redirect', {'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy'}],
    ['/sv', 200, {'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy'}],
    ['/sv', 200, {'x-invoke-status': '500'}],
    ['/sv', 200, {'x-middleware-rewrite': '/en'}],
    ['/sv', 200, {'x-nextjs-data': '1'}],
    // The statement pages: /{locale}/statements/{id}.
    ['/sv/statements/no-such-statement', 404],
    [`/sv/statements/${known.toUpperCase()}`, 404],
    [`/sv/statements/${known}/`, 'redirect'],
    [`/sv/statements/${known}%2F..%2F..%2Fetc%2Fpasswd`, 'client error'],
    ['/sv/statements/..%2F..%2Fetc%2Fpasswd', 'client error'],
    // Next resolves an encoded dot segment, here to /sv: a redirect on the site.
    ['/sv/statements/%2e%2e', 'redirect'],
    ['/sv/statements/%zz', 400],
    [`/sv/statements/${'a'.repeat(4000)}`, 404],
    [`/sv/statements/${known}?${'q=%3Cscript%3E&'.repeat(300)}`, 200],
    [`/sv/statements/${known}/opengraph-image/nope`, 404],
    ['/sv/feed.xml?format=%00', 200],
    ['/xx/feed.xml', 404],
  ];
  // Long paths are shortened in the titles, which stay unique by their middle.
  const short = (text: string) =>
    text.length > 60 ? `${text.slice(0, 40)}…${text.slice(-16)} (${text.length})` : text;
  for (const [path, expected, headers] of table) {
    test(`${short(path)} ${headers ? short(JSON.stringify(headers)) : ''}`, async ({request, baseURL}) => {
      const response = await request.get(path, {headers, maxRedirects: 0});
      if (expected === 'redirect') {
        expect(response.status()).toBeGreaterThanOrEqual(300);
        expect(response.status()).toBeLessThan(400);
        // To this site, and never to a host the request named.
        const location = new URL(response.headers().location ?? '', baseURL);
        expect(location.origin).toBe(new URL(baseURL ?? '').origin);
      } else if (expected === 'client error') {
        expect(response.status()).toBeGreaterThanOrEqual(400);
        expect(response.status()).toBeLessThan(500);
      } else {
        expect(response.status()).toBe(expected);
      }
    });
  }

  test('a page answers only GET and HEAD', async ({request}) => {
    // TRACE dies inside Next before the proxy runs (Node's fetch refuses the
    // method: a 500); the edge refuses it, so it is checked there.
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', ...(edge ? ['TRACE'] : [])]) {
      for (const path of ['/sv', `/sv/statements/${known}`, '/', '/sv/nope', '/sitemap.xml', '/sv/feed.xml']) {
        const response = await request.fetch(path, {method, maxRedirects: 0});
        expect(response.status(), `${method} ${path}`).toBe(405);
        expect(response.headers().allow).toBe('GET, HEAD');
      }
    }
    expect((await request.head('/sv')).status()).toBe(200);
  });

  test('a page answered with the locale of an injected rewrite header is still the page asked for', async ({
    request,
  }) => {
    const html = await (await request.get('/sv', {headers: {'x-middleware-rewrite': '/en'}})).text();
    expect(html).toContain('<html lang="sv"');
  });
});

test.describe('redirects never leave the site', () => {
  for (const path of [
    '//evil.example',
    '/%5Cevil.example',
    '/%2F%2Fevil.example',
    '/sv//evil.example',
    '/?next=//evil.example',
  ]) {
    test(path, async ({request, baseURL}) => {
      // Joined by hand: as a bare path, "//evil.example" would be read as another host.
      const response = await request.get(`${baseURL}${path}`, {maxRedirects: 0});
      expect(response.status()).toBeLessThan(500);
      const location = response.headers().location;
      if (location !== undefined) {
        expect(location).toMatch(/^\/(?![/\\])/);
        expect(new URL(location, 'http://site.test').host).toBe('site.test');
      }
    });
  }
});

test('the remembered-language cookie is Secure, SameSite=Lax and only ever a configured language', async ({
  request,
}) => {
  const response = await request.get('/sv', {headers: {'accept-language': 'en'}});
  const cookie = response.headers()['set-cookie'] ?? '';
  expect(cookie).toMatch(/^NEXT_LOCALE=sv;/);
  expect(cookie).toMatch(/SameSite=lax/i);
  expect(cookie).toMatch(/; Secure/i);
  const junk = await request.get('/', {
    headers: {cookie: 'NEXT_LOCALE=evil', 'accept-language': 'az'},
    maxRedirects: 0,
  });
  expect(junk.headers().location).toBe('/az');
});
