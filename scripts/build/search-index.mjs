// After the documents step: the search index of every statement page, split by
// language, in out/pagefind/ (Pagefind, docs/architecture.md "Search"). Only
// what the search page's script loads is written: the search library, its
// WebAssembly and the index; not its worker (the page searches without one)
// nor its ready-made interfaces, which the site does not use
// (app/_components/search/).
//
// Each page is given to Pagefind with its address (the file's path without
// `.html`, as every host serves it) rather than the file's name. What of a
// statement page is text to find is marked in the page itself, as Pagefind
// documents it: `data-pagefind-body` on the article, `data-pagefind-ignore` on
// the date, tools, permalinks and notes inside it (app/_components/statement/).
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import {sitePaths} from '../support/site-paths.mjs';
import {load} from '../support/typescript.mjs';

const outDir = path.join(process.cwd(), 'out');
const {searchIndexPrefix, isStatementPage} = /** @type {typeof import('../../lib/routing/paths.ts')} */ (
  await load('lib/routing/paths.ts')
);
const {routing} = /** @type {typeof import('../../i18n/routing.ts')} */ (await load('i18n/routing.ts'));
const searchDir = searchIndexPrefix.slice(1, -1);

/** What the search page's script loads, of what Pagefind writes (the rest are its own interfaces). */
const used = (/** @type {string} */ file) =>
  /^(pagefind\.js|pagefind-entry\.json|wasm\.[a-z-]+\.pagefind|pagefind\.[a-z-]+_[0-9a-f]+\.pf_meta|index\/.+\.pf_index|fragment\/.+\.pf_fragment)$/.test(
    file,
  );

/** @param {string[]} errors */
function fail(errors) {
  if (errors.length === 0) return;
  throw new Error(`Pagefind: ${errors.join('; ')}`);
}

const statementPages = sitePaths(outDir).filter((file) => isStatementPage(file, routing.locales));

const {index, errors} = await pagefind.createIndex();
fail(errors);
if (!index) throw new Error('Pagefind: no index');
for (const file of statementPages) {
  const added = await index.addHTMLFile({
    url: file.replace(/\.html$/, ''),
    content: readFileSync(path.join(outDir, file), 'utf8'),
  });
  fail(added.errors);
}
const {files, errors: writeErrors} = await index.getFiles();
fail(writeErrors);
await pagefind.close();

const target = path.join(outDir, searchDir);
rmSync(target, {recursive: true, force: true});
let written = 0;
let bytes = 0;
for (const {path: file, content} of files) {
  if (!used(file)) continue;
  mkdirSync(path.dirname(path.join(target, file)), {recursive: true});
  writeFileSync(path.join(target, file), content);
  written += 1;
  bytes += content.length;
}
console.log(`out/${searchDir}/: ${statementPages.length} statement pages indexed, ${written} files, ${bytes} bytes`);
