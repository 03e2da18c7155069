import {expect, test} from 'vitest';
import {headersFile, redirectsFile} from '@/lib/routing/staticHosts';

// The rules as static hosts read them (Netlify, Cloudflare Pages): literal,
// as docs/deployment.md describes them.
test('_redirects: / by the browser’s language, then the 404 documents, the nearest first', () => {
  expect(redirectsFile([{locale: 'en', id: 's2'}])).toBe(
    [
      '/ /sv 302 Language=sv',
      '/ /az 302 Language=az',
      '/ /en 302',
      '/en/statements/s2 /en/statements/s2/404.html 404',
      '/sv/* /sv/404.html 404',
      '/en/* /en/404.html 404',
      '/az/* /az/404.html 404',
      '/* /404.html 404',
      '',
    ].join('\n'),
  );
});

test('_headers: caching rules that never overlap, one policy everywhere', () => {
  const file = headersFile(['/sitemap.xml', '/icons/*', '/sv/*', '/_next/*', '/enhance/*', '/_headers']);
  const rules = file.split('\n\n').map((rule) => rule.trim().split('\n'));
  const paths = rules.map(([path]) => path);
  expect(paths).toEqual([
    '/*',
    '/_next/static/*',
    '/enhance/*',
    '/sv',
    '/sv/*',
    '/en',
    '/en/*',
    '/az',
    '/az/*',
    '/sitemap.xml',
    '/icons/*',
    '/*/feed.xml',
    '/*/manifest.webmanifest',
  ]);
  expect(file.match(/Content-Security-Policy: .*/g)).toEqual([
    "Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'",
  ]);
  expect(rules[1]).toEqual(['/_next/static/*', '  Cache-Control: public, max-age=31536000, immutable']);
  expect(rules[4]).toEqual(['/sv/*', '  Cache-Control: public, max-age=300']);
  expect(rules[11]).toEqual(['/*/feed.xml', '  Content-Type: application/atom+xml; charset=utf-8']);
});
