// After `next build`: marks every script a prerendered page loads with V8's
// explicit compile hint, `//# allFunctionsCalledOnLoad` as the file's first
// line (https://v8.dev/blog/explicit-compile-hints, Chrome 136+; other engines
// ignore it: it is a comment).
//
// Why: V8 compiles a function lazily, on the main thread, the first time it is
// called. Next's runtime calls nearly all of its functions while it boots, so
// on a first visit that lazy compiling was most of one long task (≈ 35 of its
// 42 ms here, ×4 on Lighthouse's simulated phone), the page's largest share of
// Total Blocking Time. With the hint Chromium compiles these files eagerly
// while streaming them, off the main thread.
//
// Only what a page runs on load is marked (not the noModule polyfills, not
// chunks loaded later): eager compiling costs memory and background time for
// every function in the file, called or not. Pages rendered per request (the
// 404s) load a subset of the same chunks. Runs before precompress-assets, so
// the .br/.gz copies carry the hint too; rerunning it changes nothing.
//
// The files keep their content-hashed names: a browser or CDN that cached one
// from before the hint keeps that copy until the names change, which is
// harmless. The added line would shift a source map by one line; the build
// makes none for browsers (productionBrowserSourceMaps is off).
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {prerenderedPages} from './prerendered-pages.mjs';

const compileHint = '//# allFunctionsCalledOnLoad\n';

const staticDir = path.join(import.meta.dirname, '..', '..', '.next', 'static');

const scripts = new Set();
for (const {html} of prerenderedPages()) {
  for (const [tag, src] of html.matchAll(/<script\b[^>]*\bsrc="\/_next\/static\/([^"?#]+\.js)(?:[?#][^"]*)?"[^>]*>/g)) {
    if (!/\bnoModule\b/i.test(tag)) scripts.add(src);
  }
}
if (scripts.size === 0) throw new Error('compile-hints: no <script src="/_next/static/…"> in any prerendered page');

let marked = 0;
for (const src of scripts) {
  const file = path.join(staticDir, src);
  const source = readFileSync(file, 'utf8');
  if (source.startsWith(compileHint)) continue;
  writeFileSync(file, compileHint + source);
  marked += 1;
}
console.log(
  `.next/static: ${scripts.size} scripts loaded by prerendered pages carry the compile hint (${marked} marked now)`,
);
