// npm run build: `next build` and the steps around it, in this order.
//
//   1. subset-fonts        the serif cut to the letters the messages use (before: next/font reads it)
//   2. next build          prerenders every page
//   3. csp-hashes          the SHA-256 of each prerendered page's inline scripts, for its CSP
//   4. compile-hints       V8's compile hint on the scripts those pages load (before 5: the copies carry it)
//   5. precompress-assets  Brotli and gzip copies of .next/static, for the edge
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

node(path.join(steps, 'subset-fonts.mjs'));
node(next, 'build');
for (const step of ['csp-hashes', 'compile-hints', 'precompress-assets', 'standalone-assets']) {
  node(path.join(steps, `${step}.mjs`));
}
