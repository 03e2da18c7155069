// After `next build` with output: 'standalone': copies into .next/standalone
// what Next leaves out of it (the build's static assets, public/), what the
// proxy needs at run time (.next/documents.json) and the entry point that
// starts it (scripts/serve/, as serve/, with the site's security headers and
// methods from lib/security/ as serve/policy.json), so that
// `node .next/standalone/serve/server.mjs` serves the whole site on its own.
import {cpSync, existsSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {createJiti} from 'jiti';

const root = path.join(import.meta.dirname, '..', '..');
const standalone = path.join(root, '.next', 'standalone');
if (!existsSync(standalone)) {
  console.log('No .next/standalone: nothing to copy.');
  process.exit(0);
}
for (const [from, to] of [
  ['.next/static', '.next/static'],
  ['public', 'public'],
  ['.next/documents.json', '.next/documents.json'],
  ['scripts/serve', 'serve'],
]) {
  cpSync(path.join(root, from), path.join(standalone, to), {recursive: true});
}

// The entry point is plain JavaScript; the rules stay in the site's TypeScript.
const jiti = createJiti(import.meta.url);
const {assetContentSecurityPolicy, securityHeaders} = await jiti.import(path.join(root, 'lib/security/headers.ts'));
const {allowedMethods} = await jiti.import(path.join(root, 'lib/security/methods.ts'));
const policy = {
  headers: [...securityHeaders, assetContentSecurityPolicy].map(({key, value}) => [key, value]),
  allowedMethods,
};
writeFileSync(path.join(standalone, 'serve', 'policy.json'), `${JSON.stringify(policy, null, 2)}\n`);
console.log('.next/standalone: static assets, public/, the list of documents and the entry point (serve/) copied');
