import {readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, test} from 'vitest';
import {locales, site} from '../support/builds';

const {documentAt, outDir} = site;

// Every page is a document (scripts/build/documents.mjs), the 404s included:
// what reaches the browser is HTML, CSS, fonts and the site's one script. No
// framework chunk, no preload of one, no RSC payload, in any file of out/.
const files = readdirSync(outDir, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  .filter((file) => !/\.(br|gz)$/.test(file));
const documents = files.filter((file) => file.endsWith('.html'));
const siteScript = /^\/enhance\/[0-9a-f]{8}\.js$/;
// The search page's own script, beside the site's; it loads Pagefind's library (out/pagefind/) when it runs.
const searchScript = /^\/enhance\/search\/[0-9a-f]{8}\.js$/;
const isSearchPage = (file: string) => locales.some((locale) => file === `${locale}/search.html`);

test('out/ holds documents: every page and 404, nothing of the framework’s runtime', () => {
  expect(documents.length).toBeGreaterThanOrEqual(7);
  expect(files.filter((file) => /\.(rsc|txt)$|\.segments\/|__next\./.test(file))).toEqual(['robots.txt']);
  expect(files.filter((file) => file.endsWith('.js')).sort()).toEqual([
    // Cloudflare Pages' function, which it runs and never serves (scripts/hosts/host-functions.mjs).
    '_worker.js',
    expect.stringMatching(/^enhance\/[0-9a-f]{8}\.js$/),
    expect.stringMatching(/^enhance\/search\/[0-9a-f]{8}\.js$/),
    'pagefind/pagefind.js',
  ]);
  expect(files.filter((file) => file.startsWith('_not-found'))).toEqual([]);
});

describe.each(documents)('out/%s', (file) => {
  const $ = documentAt(`/${file.replace(/\.html$/, '')}`);

  test('loads no script but the site’s own (and the search page’s on that page), and no inline script but its JSON-LD', () => {
    const external = $('script[src]')
      .toArray()
      .map((script) => script.attribs.src);
    expect(external).toEqual([
      expect.stringMatching(siteScript),
      ...(isSearchPage(file) ? [expect.stringMatching(searchScript)] : []),
    ]);
    const inline = $('script:not([src])')
      .toArray()
      .map((script) => script.attribs.type);
    expect(inline.every((type) => type === 'application/ld+json')).toBe(true);
    expect($.html()).not.toContain('__next_f');
    expect($('link[rel="modulepreload"], link[rel="preload"][as="script"]').length).toBe(0);
  });
});
