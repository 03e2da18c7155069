import {describe, expect, test} from 'vitest';
import {answer, normalizePath} from '@/lib/routing/requests';
import type {Answer} from '@/lib/routing/requests';

// lib/routing's decision for each kind of request, over a literal build: what
// every host answers (the HTTP request table, tests/e2e/hardening.spec.ts,
// holds the embedded server and nginx to it).
const files = new Set([
  '/404.html',
  '/sv.html',
  '/sv/404.html',
  '/sv/feed.xml',
  '/sv/statements/s1.html',
  '/sv/statements/s1/preview.png',
  '/en/404.html',
  '/en/statements/s2/404.html',
  '/sitemap.xml',
  '/sitemap.xml.br',
  '/_next/static/chunks/a.css',
  '/enhance/0123abcd.js',
  '/_headers',
  '/_worker.js',
  '/_routes.json',
]);
const get = (target: string, headers: {cookie?: string; acceptLanguage?: string} = {}) =>
  answer({method: 'GET', target, ...headers}, (file) => files.has(file));

const file = (path: string, cache: string, status = 200) => ({kind: 'file', status, file: path, cache});
const redirect = (status: number, location: string, cache: string) => ({kind: 'redirect', status, location, cache});

const table: [target: string, expected: Answer | Record<string, unknown>][] = [
  ['/sv', file('/sv.html', 'page')],
  ['/sv?x=1', file('/sv.html', 'page')],
  ['/sv/statements/s1', file('/sv/statements/s1.html', 'page')],
  ['/sv/statements/s1/preview.png', file('/sv/statements/s1/preview.png', 'page')],
  ['/sv/feed.xml', file('/sv/feed.xml', 'page')],
  ['/sitemap.xml', file('/sitemap.xml', 'page')],
  ['/_next/static/chunks/a.css', file('/_next/static/chunks/a.css', 'immutable')],
  ['/enhance/0123abcd.js', file('/enhance/0123abcd.js', 'immutable')],
  // Negotiated, for one reader.
  ['/', redirect(307, '/en', 'personal')],
  ['/?next=//evil.example', redirect(307, '/en?next=//evil.example', 'personal')],
  ['/statements/s1', redirect(307, '/en/statements/s1', 'personal')],
  ['/.git/config', redirect(307, '/en/.git/config', 'personal')],
  // A trailing slash: the address without it.
  ['/sv/', redirect(308, '/sv', 'page')],
  ['/sv/statements/s1/?a=b', redirect(308, '/sv/statements/s1?a=b', 'page')],
  // Resolved as nginx resolves it.
  ['/%73v', file('/sv.html', 'page')],
  ['/sv/statements/%2e%2e', redirect(308, '/sv', 'page')],
  ['/sv//statements///s1', file('/sv/statements/s1.html', 'page')],
  ['/sv/./statements/s1', file('/sv/statements/s1.html', 'page')],
  // The nearest 404 document, always with 404.
  ['/sv/nope', file('/sv/404.html', 'notFound', 404)],
  ['/sv/statements/s2', file('/sv/404.html', 'notFound', 404)],
  ['/en/statements/s2', file('/en/statements/s2/404.html', 'notFound', 404)],
  ['/en/statements/s2/404', file('/en/statements/s2/404.html', 'notFound', 404)],
  ['/az/nope', file('/404.html', 'notFound', 404)],
  ['/wp-login.php', file('/404.html', 'notFound', 404)],
  ['/_next/nope', file('/404.html', 'notFound', 404)],
  ['/enhance/nope', file('/404.html', 'notFound', 404)],
  // Files in out/ that are not addresses.
  ['/sv.html', file('/404.html', 'notFound', 404)],
  ['/sv/404', file('/sv/404.html', 'notFound', 404)],
  ['/sv/404.html', file('/sv/404.html', 'notFound', 404)],
  ['/sitemap.xml.br', file('/404.html', 'notFound', 404)],
  ['/_headers', file('/404.html', 'notFound', 404)],
  ['/_worker.js', file('/404.html', 'notFound', 404)],
  ['/_routes.json', file('/404.html', 'notFound', 404)],
  // What no site has.
  ['/%zz', {kind: 'refusal', status: 400}],
  ['/sv/%E0%A4%A', {kind: 'refusal', status: 400}],
  ['/sv/..%2f..%2fetc%2fpasswd', {kind: 'refusal', status: 400}],
  ['/%00', {kind: 'refusal', status: 400}],
];

describe('GET', () => {
  for (const [target, expected] of table) {
    test(target, () => expect(get(target)).toMatchObject(expected));
  }
});

test('the negotiated language: the cookie, then Accept-Language, then English', () => {
  expect(get('/', {cookie: 'NEXT_LOCALE=az', acceptLanguage: 'sv'})).toMatchObject({location: '/az'});
  expect(get('/', {acceptLanguage: 'fr;q=0.9, az;q=0.5, sv;q=0.7'})).toMatchObject({location: '/sv'});
  expect(get('/statements/s1', {acceptLanguage: 'az-AZ'})).toMatchObject({location: '/az/statements/s1'});
});

test('a redirect location is the path percent-encoded again, never another host', () => {
  expect(get('/%5Cevil.example')).toMatchObject({kind: 'file', status: 404});
  expect(get('/x%20y/%C3%A4')).toMatchObject({location: '/en/x%20y/%C3%A4'});
  expect(get('/a%3Fb')).toMatchObject({location: '/en/a%3Fb'});
  expect(get('//evil.example/')).toMatchObject({location: '/evil.example'});
});

test('only GET and HEAD', () => {
  for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'get']) {
    expect(answer({method, target: '/sv'}, () => true)).toEqual({kind: 'refusal', status: 405});
  }
  expect(answer({method: 'HEAD', target: '/sv'}, (path) => files.has(path))).toMatchObject({status: 200});
});

test('normalizePath resolves as nginx does', () => {
  expect(normalizePath('/a/b/../c/./d//e/')).toBe('/a/c/d/e/');
  expect(normalizePath('/a/..')).toBe('/');
  expect(normalizePath('/..')).toBeUndefined();
  expect(normalizePath('/a/%2e%2e/%2e%2e')).toBeUndefined();
});
