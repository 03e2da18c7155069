// The edge held to the embedded server (scripts/serve/, lib/routing's answer()),
// for npm run check:edge: the same requests, sent byte for byte to both, must
// get the same status, Location, Cache-Control, Content-Type, policy, security
// headers, Allow and Vary, and the same body. The embedded server runs here,
// in this process, on the very copy of out/ that nginx serves; it is the
// yardstick, not part of the edge.
import {request as httpRequest} from 'node:http';
import {request as httpsRequest} from 'node:https';
import {decoded} from '../support/decoded.mjs';
import {load} from '../support/typescript.mjs';

const {securityHeaders} = /** @type {typeof import('../../lib/routing/headers.ts')} */ (
  await load('lib/routing/headers.ts')
);

/** @typedef {{method?: string, target: string, headers?: import('node:http').OutgoingHttpHeaders}} EdgeRequest */
/** @typedef {{status: number | undefined, headers: import('node:http').IncomingHttpHeaders, body: Buffer}} EdgeResponse */

/**
 * Sends `method target` (the request target exactly as given: a raw path, or
 * an absolute URL) to baseUrl over HTTP/1.1, without following redirects.
 * Resolves to {status, headers, body}, the body as sent (compressed if it was).
 * @param {string} baseUrl
 * @param {EdgeRequest} request
 * @returns {Promise<EdgeResponse>}
 */
export function send(baseUrl, {method = 'GET', target, headers = {}}) {
  const url = new URL(baseUrl);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const options = {method, path: target, headers, agent: false, rejectUnauthorized: false};
  return new Promise((resolve, reject) => {
    const outgoing = request(url, options, (response) => {
      /** @type {Buffer[]} */
      const chunks = [];
      response.on('data', (/** @type {Buffer} */ chunk) => chunks.push(chunk));
      response.on('end', () =>
        resolve({status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks)}),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/**
 * Starts the embedded server on the files of siteDir, on a free loopback port. Resolves to {url, stop}.
 * @param {string} siteDir
 */
export async function startReference(siteDir) {
  const {createSiteServer} = /** @type {typeof import('../serve/server.ts')} */ (await load('scripts/serve/server.ts'));
  const server = createSiteServer(siteDir);
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  // Listening on an IP address: the address is an AddressInfo.
  const {port} = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {url: `http://127.0.0.1:${port}`, stop: () => server.close()};
}

const compared = [
  'location',
  'cache-control',
  'content-type',
  'content-security-policy',
  'allow',
  ...securityHeaders.map(([name]) => name.toLowerCase()),
];

/** Vary without Accept-Encoding, which the two send on different sets of files (nginx only where it compresses). */
/** @param {import('node:http').IncomingHttpHeaders} headers */
const varyOf = (headers) =>
  (headers.vary ?? '')
    .split(',')
    .map((token) => token.trim())
    .filter((token) => token && token.toLowerCase() !== 'accept-encoding')
    .join(', ');

/**
 * nginx's own 400 page, for a request line it cannot parse (/%zz): text/html
 * and its own words, where the embedded server says why in plain text. The
 * one difference allowed; the status and the site's headers must still match.
 * @param {EdgeResponse} edge
 */
const nginxOwn400 = (edge) => edge.status === 400 && edge.body.toString('latin1').startsWith('<html>');

/**
 * The differences between the two answers to `request`, as strings (none: the same).
 * @param {string} edgeUrl
 * @param {string} referenceUrl
 * @param {EdgeRequest} request
 */
export async function differences(edgeUrl, referenceUrl, request) {
  const [edge, reference] = await Promise.all([send(edgeUrl, request), send(referenceUrl, request)]);
  /** @type {string[]} */
  const found = [];
  if (edge.status !== reference.status) found.push(`status ${edge.status} ≠ ${reference.status}`);
  const ownPage = nginxOwn400(edge) && reference.status === 400;
  for (const name of compared) {
    if (ownPage && name === 'content-type') continue;
    if (edge.headers[name] !== reference.headers[name]) {
      found.push(`${name}: ${edge.headers[name] ?? '(none)'} ≠ ${reference.headers[name] ?? '(none)'}`);
    }
  }
  if (varyOf(edge.headers) !== varyOf(reference.headers)) {
    found.push(`vary: ${varyOf(edge.headers) || '(none)'} ≠ ${varyOf(reference.headers) || '(none)'}`);
  }
  if (!ownPage && !decoded(edge).equals(decoded(reference))) {
    found.push(`body: ${edge.body.length} bytes ≠ ${reference.body.length} bytes`);
  }
  return {edge, reference, ownPage, found};
}

/**
 * The requests held to the embedded server: the request table's paths
 * (tests/e2e/hardening.spec.ts) and more of the same kinds, every method on a
 * few paths, and the negotiated redirects under cookies and Accept-Language
 * headers. `known` is the path of a statement page of the build
 * (/<locale>/statements/<id>, in a language the statement exists in);
 * `missing`, the paths of its missing translations.
 * @param {{known: string, missing: string[]}} build
 */
export function requestsToCompare({known, missing}) {
  const long = 'a'.repeat(4000);
  const knownInCapitals = known.replace(/[^/]+$/, (id) => id.toUpperCase());
  const paths = [
    // Pages, files and their 404s.
    '/sv',
    '/%73v',
    '/sv?x=1',
    '/sv?',
    '/sv/nope',
    '/wp-login.php',
    '/sitemap.xml',
    '/robots.txt',
    '/icon.png',
    '/apple-icon.png',
    '/icons/icon-192.png',
    '/sv/feed.xml',
    '/sv/feed.xml?format=%00',
    '/feed.xml',
    '/xx/feed.xml',
    '/sv/manifest.webmanifest',
    '/x.webmanifest',
    '/sv/preview.png',
    known,
    `${known}/preview.png`,
    `${known}/preview.png/nope`,
    `${known}?${'q=%3Cscript%3E&'.repeat(300)}`,
    knownInCapitals,
    '/sv/statements',
    '/sv/statements/no-such-statement',
    '/sv/statements/x/y/404',
    `/sv/${long}`,
    `/sv/statements/${long}`,
    ...missing.flatMap((page) => [page, `${page}/`, `${page}/404`, `${page}/404.html`, `${page}/x`, `${page}.rsc`]),
    // Files that are not addresses.
    '/sv.html',
    '/sv.html.br',
    '/robots.txt.br',
    '/sv/feed.xml.gz',
    `${known}.html`,
    '/404',
    '/404.html',
    '/sv/404',
    '/sv/404.html',
    `${known}/404`,
    `${known}/404.html`,
    '/index.html',
    '/_headers',
    '/_redirects',
    '/_worker.js',
    '/_routes.json',
    '/.env',
    '/.git/config',
    '/.well-known/security.txt',
    // Next's files and server paths, which a folder of files does not have.
    '/sv.rsc',
    `${known}.rsc`,
    '/sv.prefetch.rsc',
    '/sv.segments/_tree.segment.rsc',
    '/wp-login.php.rsc',
    '/_next/image?url=%2Ficon.svg&w=64&q=75',
    '/_next/data/build/sv.json',
    '/_next/webpack-hmr',
    '/_next/nope',
    '/_next',
    '/_next/static',
    '/_nextx',
    '/_next/static/chunks/missing.js',
    '/_next/static/media/missing.woff2',
    '/enhance',
    '/enhancex',
    '/enhance/x',
    '/enhance/missing.js',
    '/__nextjs_original-stack-frame?file=x',
    // Addresses without their language.
    '/',
    '/?x=1&y=%zz',
    '/?',
    '/?next=//evil.example',
    '/?nxtPlocale=xx',
    '/xx',
    '/icons',
    '/statements/x',
    '/statements/x?y=1&z',
    '/statements/%C3%A9t%C3%A9',
    '/statements/a%3Fb',
    '/statements/a%23b',
    '/statements/a%20b',
    '/statements/a%25b',
    '/sv%0A',
    '/%7Esv',
    // Trailing slashes, dot segments, encoded separators.
    '/sv/',
    '/sv%2F',
    '/icons/',
    '/_next/static/',
    '/enhance/',
    '/sv/feed.xml/',
    `${known}/`,
    '/sv/statements/%2e%2e',
    '/sv/statements/%2e%2e/',
    '/sv/x/..',
    '/sv/./x',
    '/a/..',
    '/sv//evil.example',
    '//evil.example',
    '/%5Cevil.example',
    '/%2F%2Fevil.example',
    '/sv/%61',
    '/sv/statements/%5Bid%5D',
    `${known}%2F..%2F..%2Fetc%2Fpasswd`,
    '/sv/statements/%0A',
    // Paths that are not text, or climb above the root: 400.
    '/%E0%A4',
    '/%E0%A4.xml',
    '/%ED%A0%80',
    '/%C0%AF',
    '/%zz',
    '/%',
    '/sv/%zz',
    '/%E0%A4%A',
    '/%zz.php',
    '/sv/statements/%zz',
    '/a%00b',
    '/sv/..%2f..%2fetc%2fpasswd',
    '/sv/statements/..%2F..%2Fetc%2Fpasswd',
    // absolute-form, answered as its path.
    'http://evil.example/sv',
    'https://evil.example/sv',
    'http://evil.example:8080/sv/',
    'HTTP://EVIL.EXAMPLE/sv/',
    'http://evil.example',
    'http://evil.example?y',
    'http://evil.example/sv/nope',
    'http://evil.example//x.example/',
    // absolute-form of another scheme: no path to answer, 400.
    'ftp://evil.example/sv',
    'FTP://evil.example/sv/',
    'ws://evil.example/',
  ];
  /** @type {EdgeRequest[]} */
  const requests = paths.map((target) => ({target}));
  /** @type {import('node:http').OutgoingHttpHeaders[]} */
  const readers = [
    {'accept-language': 'sv'},
    {'accept-language': 'az;q=0.5, sv;q=0.9'},
    {'accept-language': 'sv-FI'},
    {'accept-language': 'AZ'},
    {'accept-language': 'fr, en;q=0.1'},
    {'accept-language': '*'},
    {'accept-language': 'sv;q=0, az'},
    {'accept-language': 'sv;q=1.0001, az;q=0.5'},
    {'accept-language': 'sv;q=abc, az;q=0.5'},
    {'accept-language': '!!!,;q=abc,,;;'},
    {'accept-language': 'x'.repeat(4000)},
    {'accept-language': ['fr', 'az']},
    {cookie: 'NEXT_LOCALE=az'},
    {cookie: 'a=1; NEXT_LOCALE=sv; b=2'},
    {cookie: 'NEXT_LOCALE=evil', 'accept-language': 'az'},
    {cookie: 'NEXT_LOCALE=sv', 'accept-language': 'az'},
    {cookie: ['a=1', 'NEXT_LOCALE=az']},
    {cookie: `NEXT_LOCALE=${'z'.repeat(3000)}`},
    {cookie: 'NEXT_LOCALE=../../etc/passwd'},
  ];
  for (const headers of readers) {
    for (const target of ['/', '/?a=1', '/statements/x', '/sv', '/sv/nope']) requests.push({target, headers});
  }
  for (const method of ['HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'BREW']) {
    for (const target of ['/sv', '/', '/sv/', '/sv/nope', '/sitemap.xml', '/sv/feed.xml', '/statements/x', '/%E0%A4']) {
      requests.push({method, target});
    }
  }
  requests.push({method: 'POST', target: 'ftp://evil.example/sv'});
  return requests;
}
