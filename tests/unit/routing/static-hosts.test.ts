import {expect, test} from 'vitest';
import {headersFile, redirectsFile} from '@/lib/routing/staticHosts';

// The rules as static hosts read them (Netlify, Cloudflare Pages): literal,
// as docs/deployment.md describes them.
test('_redirects: the host’s own files hidden, the 404 documents, the nearest first, and no rule for / (the functions’, else the front door)', () => {
  expect(redirectsFile([{locale: 'en', id: 's2'}])).toBe(
    [
      '/_headers /404.html 404!',
      '/_redirects /404.html 404!',
      '/_worker.js /404.html 404!',
      '/_routes.json /404.html 404!',
      '/en/statements/s2 /en/statements/s2/404.html 404',
      '/sv/* /sv/404.html 404',
      '/en/* /en/404.html 404',
      '/az/* /az/404.html 404',
      '/* /404.html 404',
      '',
    ].join('\n'),
  );
});

test('_headers: caching rules that never overlap, the document policy everywhere, the search pages’ last', () => {
  const file = headersFile(['/sitemap.xml', '/icons/*', '/sv/*', '/_next/*', '/enhance/*', '/_headers', '/_worker.js']);
  const rules = file.split('\n\n').map((rule) => rule.trim().split('\n'));
  const paths = rules.map(([path]) => path);
  expect(paths).toEqual([
    '/*',
    '/_next/static/*',
    '/enhance/*',
    '/sv',
    '/sv.html',
    '/sv/*',
    '/en',
    '/en.html',
    '/en/*',
    '/az',
    '/az.html',
    '/az/*',
    '/sitemap.xml',
    '/icons/*',
    '/*/feed.xml',
    '/*/manifest.webmanifest',
    '/sv/search',
    '/sv/search.html',
    '/en/search',
    '/en/search.html',
    '/az/search',
    '/az/search.html',
  ]);
  const documentPolicy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'; object-src 'none'";
  const searchPolicy = documentPolicy.replace("script-src 'self'", "script-src 'self' 'wasm-unsafe-eval'");
  expect(rules[0]).toContain(`  Content-Security-Policy: ${documentPolicy}`);
  expect(rules[1]).toEqual(['/_next/static/*', '  Cache-Control: public, max-age=31536000, immutable']);
  expect(rules[5]).toEqual(['/sv/*', '  Cache-Control: public, max-age=300']);
  expect(rules[14]).toEqual(['/*/feed.xml', '  Content-Type: application/atom+xml; charset=utf-8']);
  // Cloudflare detaches the policy of /* before it sets the search page's; Netlify keeps the later rule's.
  expect(rules[16]).toEqual([
    '/sv/search',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${searchPolicy}`,
  ]);
  expect(file.match(/Content-Security-Policy: .*/g)).toHaveLength(7);
});
