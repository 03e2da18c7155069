import {expect, test} from '@playwright/test';
import type {APIRequestContext} from '@playwright/test';
import {everyKindOfPage, knownStatement} from '../support/pages';
import {rawRequest} from '../support/rawRequest';
import {hostFileTargets, malformedTargets, requiredHeaders} from '../support/requestTable';

// A statement page of the build, in a language the statement exists in, for the table of its routes below.
if (!knownStatement) throw new Error('The site has no statement to make addresses from.');
const {path: known, locale: knownLocale} = knownStatement;
const KNOWN_ID = knownStatement.statement.id.toUpperCase();

// npm run check:edge runs these tables through nginx alone (E2E_BASE_URL);
// otherwise they run against the embedded server (playwright.config.ts). One
// expected answer per row for both.

/** What /sv loads: a build asset (its stylesheet) or the site's script, as the page asks for it. */
async function assetOfPage(request: APIRequestContext, asset: 'stylesheet' | 'script') {
  const html = await (await request.get('/sv')).text();
  const pattern = asset === 'stylesheet' ? /<link rel="stylesheet" href="([^"]+)"/ : /<script src="([^"]+)"/;
  return html.match(pattern)?.[1] ?? '';
}

test.describe('security headers on every kind of response', () => {
  const cases: [name: string, method: string, path: string | 'stylesheet' | 'script', status: number][] = [
    ['a page', 'GET', '/sv', 200],
    ['the negotiating redirect', 'GET', '/', 307],
    ['a 404 in a language', 'GET', '/sv/nope', 404],
    ['a 404 outside the languages', 'GET', '/wp-login.php', 404],
    ['a 400 for a malformed URL', 'GET', '/%zz', 400],
    ['a 405 for a POST', 'POST', '/sv', 405],
    ['a 405 for a TRACE', 'TRACE', '/sv', 405],
    ['a 404 for a path with no file', 'GET', '/sv.rsc', 404],
    ['a 404 document asked for by name', 'GET', '/sv/404', 404],
    ['the sitemap', 'GET', '/sitemap.xml', 200],
    ['a build asset', 'GET', 'stylesheet', 200],
    ["the site's script", 'GET', 'script', 200],
    ['a missing static asset', 'GET', '/_next/static/chunks/missing.js', 404],
  ];
  for (const [name, method, path, status] of cases) {
    test(name, async ({request}) => {
      const url = path === 'stylesheet' || path === 'script' ? await assetOfPage(request, path) : path;
      const response = await request.fetch(url, {method, maxRedirects: 0});
      expect(response.status()).toBe(status);
      const headers = response.headers();
      for (const [header, pattern] of Object.entries(requiredHeaders)) expect(headers[header], header).toMatch(pattern);
      expect(headers['x-powered-by']).toBeUndefined();
    });
  }
});

test.describe('bad input gets a clear 4xx or a safe redirect, never a 5xx', () => {
  const table: [path: string, expected: number | 'redirect', headers?: Record<string, string>][] = [
    ...malformedTargets.map((path): [string, number] => [path, 400]),
    ['/%', 400],
    ['/sv/%zz', 400],
    ['/%zz.php', 400],
    ['/.env', 404],
    ['/.git/config', 'redirect'],
    ['/sv/..%2f..%2fetc%2fpasswd', 400],
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
    // Next's own request headers and query parameters, which a client can send too.
    ['/sv', 200, {'x-now-route-matches': 'locale=en'}],
    ['/sv', 200, {'x-matched-path': '/en'}],
    ['/sv', 200, {'x-invoke-path': '/en', 'x-invoke-query': '%7B%7D'}],
    ['/sv', 200, {'x-middleware-prefetch': '1'}],
    ['/sv', 200, {'next-action': 'abc'}],
    ['/sv', 200, {'next-router-segment-prefetch': '/_tree'}],
    ['/sv?__nextDataReq=1', 200],
    ['/sv?__flight__=1', 200],
    ['/sv?_rsc=1', 200],
    ['/sv?__nextLocale=en', 200],
    ['/sv?nxtPlocale=en', 200],
    [`${known}?nxtPid=no-such-statement`, 200],
    ['/?nxtPlocale=xx', 'redirect'],
    // Files Next writes for its client router, which the site does not ship (scripts/build/documents.mjs).
    ['/sv.rsc', 404],
    [`${known}.rsc`, 404],
    ['/sv.prefetch.rsc', 404],
    ['/sv.segments/_tree.segment.rsc', 404],
    [`${known}.segments/_tree.segment.rsc`, 404],
    ['/wp-login.php.rsc', 404],
    // Next's server paths, which a folder of files does not have.
    ['/_next/image?url=%2Ficon.svg&w=64&q=75', 404],
    ['/_next/image?url=http%3A%2F%2Fevil.example%2Fx.png&w=64&q=75', 404],
    ['/_next/data/build/sv.json', 404],
    ['/_next/webpack-hmr', 404],
    ['/_next/nope', 404],
    ['/__nextjs_original-stack-frame?file=x', 'redirect'],
    // An encoded path is answered as its decoded form (as nginx reads it), whatever a proxy says it spoke.
    ['/sv/%61', 404, {'x-forwarded-proto': 'https'}],
    ['/sv/statements/%5Bid%5D', 404, {'x-forwarded-proto': 'https'}],
    ['/%73v', 200, {'x-forwarded-proto': 'https'}],
    // The statement pages: /{locale}/statements/{id}.
    ['/sv/statements/no-such-statement', 404],
    [`/${knownLocale}/statements/${KNOWN_ID}`, 404],
    [`${known}/`, 'redirect'],
    // Resolved to /<language>/etc/passwd, a path of the language with no file.
    [`${known}%2F..%2F..%2Fetc%2Fpasswd`, 404],
    // Resolved as nginx resolves it, to /etc/passwd: a path without a language, sent to one.
    ['/sv/statements/..%2F..%2Fetc%2Fpasswd', 'redirect'],
    // An encoded dot segment is resolved, here to /sv/: a redirect to /sv.
    ['/sv/statements/%2e%2e', 'redirect'],
    ['/sv/statements/%zz', 400],
    [`/sv/statements/${'a'.repeat(4000)}`, 404],
    [`${known}?${'q=%3Cscript%3E&'.repeat(300)}`, 200],
    [`${known}/preview.png/nope`, 404],
    [`${known}.html`, 404],
    ['/sv.html.br', 404],
    ...hostFileTargets.map((path): [string, number] => [path, 404]),
    ['/sv/feed.xml?format=%00', 200],
    // Directories of out/: never a listing.
    ['/sv/statements', 404],
    ['/_next/static/chunks', 404],
    ['/_next/static/', 'redirect'],
    ['/icons/', 'redirect'],
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
      } else {
        expect(response.status()).toBe(expected);
      }
    });
  }

  test('a page answers only GET and HEAD', async ({request}) => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE']) {
      for (const path of ['/sv', known, '/', '/sv/nope', '/sitemap.xml', '/sv/feed.xml']) {
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

test("a remembered language that is not one of the site's is ignored", async ({request}) => {
  const junk = await request.get('/', {
    headers: {cookie: 'NEXT_LOCALE=evil', 'accept-language': 'az'},
    maxRedirects: 0,
  });
  expect(junk.headers().location).toBe('/az');
});

test.describe("the client router's headers change nothing: every answer is a file", () => {
  const routerHeaders: Record<string, string>[] = [
    {rsc: '1'},
    {rsc: '1', 'next-router-prefetch': '1'},
    {rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree'},
  ];
  const paths = [...everyKindOfPage, '/sv/statements/no-such-statement', '/icon.png', '/sv/feed.xml'];
  for (const path of paths) {
    test(path, async ({request}) => {
      const plain = await request.get(path, {maxRedirects: 0});
      for (const headers of routerHeaders) {
        const response = await request.get(path, {headers, maxRedirects: 0});
        expect(response.status(), JSON.stringify(headers)).toBe(plain.status());
        expect(response.headers()['content-type']).toBe(plain.headers()['content-type']);
        expect((await response.body()).equals(await plain.body())).toBe(true);
      }
    });
  }
});

test.describe('every request target HTTP/1.1 allows, and some it does not, gets an answer that stays on the site', () => {
  // Sent byte for byte (tests/support/rawRequest.ts): Playwright's request API
  // sends only paths. The embedded server and nginx give each the same status.
  type Expected = number | 'redirect';
  const table: [requestLine: string, expected: Expected, headers?: Record<string, string>][] = [
    // absolute-form (RFC 9112 §3.2.2): answered as its path, its host never used.
    ['GET http://evil.example/sv HTTP/1.1', 200],
    ['GET https://evil.example/sv HTTP/1.1', 200],
    ['GET http://evil.example:8080/sv/ HTTP/1.1', 'redirect'],
    ['GET HTTP://EVIL.EXAMPLE/sv/ HTTP/1.1', 'redirect'],
    ['GET http://user:pw@evil.example/sv HTTP/1.1', 400],
    ['GET http://evil.example HTTP/1.1', 'redirect'],
    ['GET http://evil.example/sv/nope HTTP/1.1', 404],
    ['GET http://evil.example//x.example/ HTTP/1.1', 'redirect'],
    ['GET ftp://evil.example/sv HTTP/1.1', 400],
    // asterisk-form belongs to OPTIONS, authority-form to CONNECT: no path to answer.
    ['OPTIONS * HTTP/1.1', 400],
    ['GET * HTTP/1.1', 400],
    ['TRACE * HTTP/1.1', 400],
    ['CONNECT evil.example:443 HTTP/1.1', 400],
    ['GET evil.example:443 HTTP/1.1', 400],
    ['GET sv HTTP/1.1', 400],
    // A fragment in the path is cut off; a byte outside ASCII must be percent-encoded.
    ['GET /sv#evil.example HTTP/1.1', 200],
    ['GET /sv/#evil.example HTTP/1.1', 'redirect'],
    ['GET /sv/\xff HTTP/1.1', 400],
    // Methods Node's parser does not know, and what is no method at all.
    ['TRACE /sv HTTP/1.1', 405],
    ['TRACK /sv HTTP/1.1', 405],
    ['BREW /sv HTTP/1.1', 405],
    ['get /sv HTTP/1.1', 400],
    ['GET1 /sv HTTP/1.1', 400],
    ['GET /sv HTTP/2.0', 505],
    // The Host header: needed by HTTP/1.1, and a host when there is one.
    ['GET /sv HTTP/1.1', 400, {host: ''}],
    ['GET /sv HTTP/1.0', 400, {host: 'evil.example/sv'}],
    ['GET /sv HTTP/1.1', 400, {host: 'evil..example'}],
    ['GET /sv HTTP/1.0', 200, {host: 'EVIL.example.:8080'}],
    // An Upgrade or an Expect the site does not speak is ignored (Next dropped the connection).
    ['GET /sv HTTP/1.1', 200, {connection: 'Upgrade, close', upgrade: 'websocket'}],
    ['GET /sv HTTP/1.1', 200, {connection: 'Upgrade, HTTP2-Settings, close', upgrade: 'h2c'}],
    ['GET /sv HTTP/1.1', 200, {expect: 'evil.example'}],
    // Whole files only: a Range is ignored, a malformed one too.
    ['GET /sv HTTP/1.1', 200, {range: 'bytes=5-2'}],
    ['GET /sv HTTP/1.1', 200, {range: 'bytes=-10'}],
    ['GET /sv/nope HTTP/1.1', 404, {range: 'bytes=0-10'}],
  ];
  for (const [requestLine, expected, headers] of table) {
    test(`${requestLine}${headers ? ` ${JSON.stringify(headers)}` : ''}`, async ({baseURL}) => {
      const answer = await rawRequest(baseURL ?? '', requestLine, headers);
      if (expected === 'redirect') {
        expect(answer.status).toBeGreaterThanOrEqual(300);
        expect(answer.status).toBeLessThan(400);
        expect(answer.headers.location).toMatch(/^\/(?![/\\])/);
      } else {
        expect(answer.status).toBe(expected);
      }
      expect(answer.text).not.toContain('evil.example');
      if (expected === 405) expect(answer.headers.allow).toBe('GET, HEAD');
      // A refusal carries the site's headers, nginx's own 400s included.
      if ((answer.status ?? 0) >= 400) {
        for (const [header, pattern] of Object.entries(requiredHeaders)) {
          expect(answer.headers[header], header).toMatch(pattern);
        }
      }
    });
  }
});
