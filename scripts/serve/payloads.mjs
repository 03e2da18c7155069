// Requests for a page's RSC payload (what the client router fetches instead
// of the HTML when a reader follows a link), which Next answers with a 500
// when the payload does not exist, before proxy.ts can see what is asked:
// Next takes the payload's headers away from the proxy and reads the `.rsc`
// suffix off the path before it runs.

import {readFileSync} from 'node:fs';
import path from 'node:path';

// The prerendered pages, the only ones with a payload (their list is the
// build's, the one the proxy reads their policies from).
const pagesFile = path.join(import.meta.dirname, '..', '.next', 'documents.json');
const pages = new Set(JSON.parse(readFileSync(pagesFile, 'utf8')).documents);

// What Next calls its flight headers, and the one that goes with them.
const payloadHeaders = [
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-hmr-refresh',
  'next-url',
];

/**
 * `/sv.rsc`, `/sv.segments/_tree.segment.rsc`: the build's payload files,
 * which the client router never asks for by name (it sends the `RSC` header
 * to the page's own address). Next answered them from the page's HTML: a 500.
 */
export function isPayloadFile(pathname) {
  return pathname.endsWith('.rsc');
}

/**
 * A payload asked for where there is none (a 404, a feed, a redirect) is
 * asked for as the resource itself: Next looked for the 404's payload in its
 * prerendered HTML and answered 500; given the HTML, the client router loads
 * it as a full page.
 */
export function withoutMissingPayload(request, pathname) {
  if (request.headers.rsc === undefined || pages.has(pathname)) return;
  for (const header of payloadHeaders) delete request.headers[header];
}
