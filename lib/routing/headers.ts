// The headers of every response the site gives, whichever host gives it: the
// embedded server (scripts/serve/) sends them, and the files written for nginx
// (deploy/nginx/) and for static hosts (out/_headers) say them. One place, so
// that no host can drift from another (tests/unit/nginx-config.test.ts,
// tests/unit/routing/static-hosts.test.ts).

import {routing} from '../../i18n/routing';
import {isSearchPage} from './paths';

/** Browser features the site does not use, switched off for it and any frame. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

export type Header = [name: string, value: string];

/** On every response: pages, redirects, 404s, refusals and files. */
export const securityHeaders: Header[] = [
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload'],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  [
    'Permissions-Policy',
    // Copying a paragraph link and sharing the statement stay allowed for the site itself.
    [...deniedFeatures.map((feature) => `${feature}=()`), 'clipboard-write=(self)', 'web-share=(self)'].join(', '),
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/** A document's Content-Security-Policy, with the script sources it needs. */
function documentPolicyWith(scriptSources: string): string {
  return [
    "default-src 'none'",
    `script-src ${scriptSources}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/**
 * The Content-Security-Policy of every HTML document, 404s included: a
 * document is the server's rendering and the site's own script, so scripts
 * come from the site and nowhere else, with no nonce, no hash, no inline code.
 */
export const documentPolicy = documentPolicyWith("'self'");

/**
 * The search page's (isSearchPage()): the same, and WebAssembly. Pagefind
 * searches its index in WebAssembly (scripts/build/search-index.mjs), which a
 * page may compile only with 'wasm-unsafe-eval'; it allows no eval() of
 * JavaScript, and the WebAssembly still comes from the site alone
 * (script-src and connect-src 'self'). It searches in the page, without a
 * worker (search.browser.ts). Static hosts give it to the search pages
 * alone too, in a last rule of _headers (staticHosts.ts).
 */
export const searchPagePolicy = documentPolicyWith("'self' 'wasm-unsafe-eval'");

/** Of every other response (files, feeds, redirects, refusals): nothing in them may run, frame or be framed. */
export const filePolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The policy of a file of out/ sent as it is (`/sv/search.html` for /sv/search). */
export function policyOfFile(file: string): string {
  if (isSearchPage(file, routing.locales)) return searchPagePolicy;
  return file.endsWith('.html') ? documentPolicy : filePolicy;
}

/**
 * How long a response may be kept, by kind:
 * - `immutable`: a file named by its content's hash (/_next/static/, /enhance/), kept for good;
 * - `page`: every other file, pages and feeds included: a new statement, translation or
 *   correction reaches readers and caches within five minutes of a deploy;
 * - `notFound`: a 404, shorter, since the translation it misses may arrive any day;
 * - `personal`: an answer chosen for one reader (the negotiated redirect), which no shared cache may keep.
 */
export const cacheControl = {
  immutable: 'public, max-age=31536000, immutable',
  page: 'public, max-age=300',
  notFound: 'public, max-age=60',
  personal: 'private, no-cache',
} as const;

export type CacheKind = keyof typeof cacheControl;

/** What the negotiated (`personal`) redirect varies on: the two request headers negotiation.ts reads. */
export const negotiationVary = 'Cookie, Accept-Language';
