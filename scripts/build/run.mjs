// npm run build: `next build` and the steps around it, in this order. The
// site is what it leaves in out/ (docs/architecture.md, "The pipeline").
//
//   1. subset-fonts        the serif cut to the letters the messages use (before: next/font reads it)
//   2. enhancement-script  the site's scripts, public/enhance/<hash>.js and search/<hash>.js, their names handed
//                          on in .next/cache/enhancement-scripts.json (before: the pages ask for them by name)
//   3. next build          prerenders every page and file into out/ (output: 'export'), drawing only the
//                          preview images .next/cache/preview-images/ does not hold yet
//   4. prune-preview-cache the cached preview images this build did not use deleted
//   5. documents           takes Next's client runtime out of out/, gives the global 404 its font preloads
//   6. search-index        out/pagefind/, the index of every statement page, by language
//   7. precompress-assets  Brotli and gzip copies beside every compressible file of out/
//   8. host-rules          out/_headers and out/_redirects, lib/routing's rules for static hosts
//   9. host-functions      out/_worker.js and _routes.json (Cloudflare Pages), .netlify-edge/ (Netlify):
//                          lib/routing's negotiation, bundled for the static hosts' functions
//
// Runs in the directory it is started from (the project, or the fixture site
// of scripts/fixture-site.mjs, which reuses this runner on its own copy, with
// --no-precompress: its tests read no compressed copy).
import {execFileSync} from 'node:child_process';
import {rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';

const steps = import.meta.dirname;
const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
/** @param {string[]} args */
const node = (...args) => execFileSync(process.execPath, args, {stdio: 'inherit'});

for (const step of ['subset-fonts', 'enhancement-script']) node(path.join(steps, `${step}.mjs`));
// A file left from an earlier build must not be served as part of this one.
rmSync(path.join(process.cwd(), 'out'), {recursive: true, force: true});
const buildStart = Date.now();
node(next, 'build');
node(path.join(steps, 'prune-preview-cache.mjs'), '--since', String(buildStart));
const precompress = process.argv.includes('--no-precompress') ? [] : ['precompress-assets'];
for (const step of ['documents', 'search-index', ...precompress, 'host-rules', 'host-functions'])
  node(path.join(steps, `${step}.mjs`));
