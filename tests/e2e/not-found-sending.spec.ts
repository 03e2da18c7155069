import {existsSync} from 'node:fs';
import path from 'node:path';
import {expect, test} from '@playwright/test';
import {site} from '../support/builds';

// How a 404 document goes out (the embedded server sends it itself, as sirv
// sends 200s only): in the encoding the reader takes, from the build's own
// copy where there is one; as a 404 whatever a conditional request says; to
// HEAD with its length and no body. Which document answers which address:
// not-found.spec.ts.
const address = '/sv/nope';
const document = 'sv/404.html';

test('a 404 document goes out as a 404 in each encoding the reader takes, as it was written', async ({request}) => {
  for (const [accepted, encoding, copy] of [
    ['br, gzip', 'br', `${document}.br`],
    ['gzip', 'gzip', `${document}.gz`],
    ['identity', undefined, document],
  ] as const) {
    const response = await request.get(address, {headers: {'accept-encoding': accepted}});
    expect.soft(response.status(), accepted).toBe(404);
    expect.soft(existsSync(path.join(site.outDir, copy)), copy).toBe(true);
    expect.soft(response.headers()['content-encoding'], accepted).toBe(encoding);
    expect.soft(response.headers()['vary'], accepted).toBe('Accept-Encoding');
    // Playwright undoes the encoding: what the reader's browser reads.
    expect.soft(await response.text(), accepted).toBe(site.read(document));
  }
});

test('a 404 stays a 404 for a conditional request, never "not modified"', async ({request}) => {
  const first = await request.get(address, {headers: {'accept-encoding': 'identity'}});
  // Whatever validator it carries (none is needed), sent back.
  const validator = first.headers()['etag'] ?? '*';
  const again = await request.get(address, {headers: {'accept-encoding': 'identity', 'if-none-match': validator}});
  expect(again.status()).toBe(404);
  expect(await again.text()).toBe(site.read(document));
});

test('HEAD of an unknown address: 404, the length of its document, no body', async ({request}) => {
  const response = await request.head(address, {headers: {'accept-encoding': 'identity'}});
  expect(response.status()).toBe(404);
  expect(response.headers()['content-length']).toBe(String(Buffer.byteLength(site.read(document))));
  expect((await response.body()).length).toBe(0);
});
