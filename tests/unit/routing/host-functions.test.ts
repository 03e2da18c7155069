import {expect, test} from 'vitest';
import {negotiatedRedirect} from '@/lib/routing/hostFunctions';

// What the static hosts' functions answer (Cloudflare's _worker.js, Netlify's
// edge function), on the Request objects their runtimes hand them.
const siteFiles = new Set(['/index.html', '/404.html']);
const redirect = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  negotiatedRedirect(new Request(`https://site.test${path}`, {method, headers}), (file) => siteFiles.has(file));

test.each([
  ['/', {'accept-language': 'sv-SE,sv;q=0.9'}, '/sv'],
  ['/', {'accept-language': 'az-Latn-AZ'}, '/az'],
  ['/', {'accept-language': 'en;q=0.5, az;q=0.9'}, '/az'],
  ['/', {'accept-language': 'sv-SE', cookie: 'NEXT_LOCALE=az'}, '/az'],
  ['/', {'accept-language': 'de-DE', cookie: 'NEXT_LOCALE=%zz<'}, '/en'],
  ['/?x=1', {'accept-language': 'sv'}, '/sv?x=1'],
  ['/statements/s1', {'accept-language': 'sv-FI'}, '/sv/statements/s1'],
])('%s %j → %s, 307, for this reader alone', (path, headers, location) => {
  const response = redirect(path, headers);
  expect(response?.status).toBe(307);
  expect(response?.headers.get('location')).toBe(location);
  expect(response?.headers.get('cache-control')).toBe('private, no-cache');
  expect(response?.headers.get('vary')).toBe('Cookie, Accept-Language');
  expect(response?.headers.get('x-frame-options')).toBe('DENY');
  expect(response?.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
});

test.each([
  '/sv',
  '/sv/statements/s1',
  '/sitemap.xml',
  '/wp-login.php',
  '/404',
  '/index',
  '/_next/static/x',
  '/enhance',
  '/xx/',
  '/%zz',
])('%s is left to the static files', (path) => {
  expect(redirect(path, {'accept-language': 'sv'})).toBeUndefined();
});

test('a POST is left to the host', () => {
  expect(redirect('/', {}, 'POST')).toBeUndefined();
});
