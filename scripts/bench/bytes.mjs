// What a first visit downloads, by kind, counted from Chromium's own network
// events: bytes on the wire (compressed bodies and headers) and decoded bytes,
// and each file's share, so that a budget can pick out the site's own scripts.
// A 404 document is a page like any other here: Chromium loads and renders it,
// and its status is recorded beside its bytes.
import {chromium} from '@playwright/test';
import {chromiumFlags, chromiumPath} from '../support/chromium.mjs';

/** @typedef {'html' | 'css' | 'js' | 'fonts' | 'images' | 'other'} Kind */
/** @type {Record<string, Kind>} */
const kinds = {Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'fonts', Image: 'images'};

/** @typedef {{compressed: number, raw: number, requests: number}} Bytes */
/** @typedef {{path: string, kind: Kind, compressed: number, raw: number}} FileBytes */
/** @typedef {{status: number | undefined, total: Bytes, files: FileBytes[]} & Partial<Record<Kind, Bytes>>} PageBytes */

/**
 * `pages`: `[{path}]`; resolves to each path's bytes by kind, its files and the status it was answered with.
 * @param {string} baseUrl
 * @param {{path: string}[]} pages
 */
export async function firstVisitBytes(baseUrl, pages) {
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
  /** @type {Record<string, PageBytes>} */
  const results = {};
  try {
    for (const {path: pathname} of pages) {
      // The bench's edge has a throwaway certificate.
      const context = await browser.newContext({
        viewport: {width: 412, height: 823},
        deviceScaleFactor: 2,
        ignoreHTTPSErrors: true,
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', {cacheDisabled: true});
      /** @type {Map<string, {kind: Kind, path: string, raw: number}>} */
      const requests = new Map();
      /** @type {Partial<Record<Kind, Bytes>>} */
      const totals = {};
      /** @type {Bytes} */
      const all = {compressed: 0, raw: 0, requests: 0};
      /** @type {FileBytes[]} */
      const files = [];
      cdp.on('Network.responseReceived', ({requestId, type, response}) =>
        requests.set(requestId, {kind: kinds[type] ?? 'other', path: new URL(response.url).pathname, raw: 0}),
      );
      cdp.on('Network.dataReceived', ({requestId, dataLength}) => {
        const request = requests.get(requestId);
        if (request) request.raw += dataLength;
      });
      cdp.on('Network.loadingFinished', ({requestId, encodedDataLength}) => {
        const request = requests.get(requestId);
        if (!request) return;
        for (const total of [(totals[request.kind] ??= {compressed: 0, raw: 0, requests: 0}), all]) {
          total.compressed += encodedDataLength;
          total.raw += request.raw;
          total.requests += 1;
        }
        files.push({path: request.path, kind: request.kind, compressed: encodedDataLength, raw: request.raw});
      });
      const response = await page.goto(baseUrl + pathname, {waitUntil: 'networkidle'});
      results[pathname] = {status: response?.status(), ...totals, total: all, files};
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
