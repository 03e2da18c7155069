// npm run build: `next build` and the steps around it, in this order.
//
//   1. subset-fonts        the serif cut to the letters the messages use (before: next/font reads it)
//   2. enhancement-script  the site's one script, public/enhance/<hash>.js (before: the pages ask for it by name)
//   3. next build          prerenders every page
//   4. documents           takes the client runtime out of every prerendered page (docs/architecture.md)
//   5. precompress-assets  Brotli and gzip copies of .next/static and the script, for the edge
//   6. standalone-assets   what .next/standalone needs beside Next's own output
//
// Runs in the directory it is started from (the project, or the fixture site
// of scripts/fixture-site.mjs, which reuses this runner on its own copy).
import {execFileSync} from 'node:child_process';
import {createRequire} from 'node:module';
import path from 'node:path';

const steps = import.meta.dirname;
const next = createRequire(import.meta.url).resolve('next/dist/bin/next');
const node = (...args) => execFileSync(process.execPath, args, {stdio: 'inherit'});

for (const step of ['subset-fonts', 'enhancement-script']) node(path.join(steps, `${step}.mjs`));
node(next, 'build');
for (const step of ['documents', 'precompress-assets', 'standalone-assets']) {
  node(path.join(steps, `${step}.mjs`));
}
