// After `next build` with output: 'standalone': copies into .next/standalone
// what Next leaves out of it (the build's static assets, public/) and what the
// proxy needs at run time (.next/csp-hashes.json), so that
// `node .next/standalone/server.js` serves the whole site on its own.
import {cpSync, existsSync} from 'node:fs';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..', '..');
const standalone = path.join(root, '.next', 'standalone');
if (!existsSync(standalone)) {
  console.log('No .next/standalone: nothing to copy.');
  process.exit(0);
}
for (const [from, to] of [
  ['.next/static', '.next/static'],
  ['public', 'public'],
  ['.next/csp-hashes.json', '.next/csp-hashes.json'],
]) {
  cpSync(path.join(root, from), path.join(standalone, to), {recursive: true});
}
console.log('.next/standalone: static assets, public/ and CSP hashes copied');
