// After the documents step: out/_headers and out/_redirects, the rules of
// lib/routing in the files static hosts read (lib/routing/staticHosts.ts).
// The missing translations are read off out/ itself: each has its 404 document.
import {readdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {missingTranslations, sitePaths} from '../support/site-paths.mjs';
import {load} from '../support/typescript.mjs';

const outDir = path.join(process.cwd(), 'out');
const {headersFile, redirectsFile} = /** @type {typeof import('../../lib/routing/staticHosts.ts')} */ (
  await load('lib/routing/staticHosts.ts')
);

const files = sitePaths(outDir).filter((file) => !/\.(br|gz)$/.test(file));
const rootFiles = files.filter((file) => file.lastIndexOf('/') === 0 && !file.endsWith('.html'));
const rootDirectories = readdirSync(outDir, {withFileTypes: true})
  .filter((entry) => entry.isDirectory())
  .map((entry) => `/${entry.name}/*`);
// `/<locale>/statements/<id>`: the segments of each address.
const missing = missingTranslations(files).map((address) => {
  const [, locale = '', , id = ''] = address.split('/');
  return {locale, id};
});

writeFileSync(path.join(outDir, '_headers'), headersFile([...rootFiles, ...rootDirectories]));
writeFileSync(path.join(outDir, '_redirects'), redirectsFile(missing));
console.log(`out/_headers and out/_redirects written (${missing.length} missing translations)`);
