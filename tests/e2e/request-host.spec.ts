import {expect, test} from '@playwright/test';
import {knownStatement} from '../support/pages';

// A client chooses its Host and X-Forwarded-Host headers; nothing the site
// sends may repeat them (cache poisoning, phishing links in previews).
const forgedHost = 'evil.example';
if (!knownStatement) throw new Error('The site has no statement to make addresses from.');
// A statement page that exists.
const known = knownStatement.path;
const paths = [
  '/',
  '/sv',
  '/en',
  '/az',
  known,
  `${known}/`,
  '/sv/statements/no-such-statement',
  '/sv/nope',
  '/xx',
  '/sitemap.xml',
  '/robots.txt',
  '/sv/feed.xml',
  '/sv/preview.png',
  `${known}/preview.png`,
];

for (const path of paths) {
  test(`${path} never echoes a forged Host or X-Forwarded-Host`, async ({request}) => {
    const response = await request.get(path, {
      maxRedirects: 0,
      headers: {
        host: forgedHost,
        'x-forwarded-host': forgedHost,
        'x-forwarded-proto': 'https',
        forwarded: `host=${forgedHost}`,
      },
    });
    expect(response.status()).toBeLessThan(500);
    const headers = JSON.stringify(response.headers());
    expect(headers).not.toContain(forgedHost);
    expect((await response.body()).toString('latin1')).not.toContain(forgedHost);
  });
}
