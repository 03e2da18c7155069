// After `next build`: every prerendered page becomes a document. React has
// rendered it on the server, in full; what it needs in the browser is its
// HTML, CSS, fonts and the site's own script. So this step takes out of each
// page what only a client-side React app needs: Next's runtime chunks and
// their preloads, and the inline RSC payload that repeats the page for
// hydration (docs/architecture.md, "Documents, not apps"). Next has no
// option for this in the App Router (vercel/next.js#5054, #45009, #34063).
//
// It fails the build, naming what it found, rather than ship something half
// done:
// - when a page's tree has a client component ('use client') of the site or
//   of a library: without hydration it would never run. Such behaviour
//   belongs in the site's script (app/_components/*.browser.ts);
// - when a page carries a script it does not know (not Next's, not ours, not
//   JSON-LD), or lacks what Next has always put there (its chunks, its RSC
//   payload) or our script: Next's output has changed, and this step must be
//   looked at again before anything ships.
//
// Rewrites the pages in .next/server/app and in the standalone copy of them,
// drops the route cache next start seeds from them (so it can only hold these
// documents), and lists the addressable documents in .next/documents.json,
// for the proxy (their CSP) and the standalone entry point.
import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};
import {appDirOf, prerenderedPages} from './prerendered-pages.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const distDir = path.join(root, '.next');
const standaloneDistDir = path.join(distDir, 'standalone', '.next');

class OutputChanged extends Error {
  constructor(route, problem) {
    super(`documents: ${route}: ${problem}. scripts/build/documents.mjs must be reviewed before this build ships.`);
  }
}

// The client modules the App Router renders on every page itself (its
// router, boundaries and metadata markers), which exist only to hydrate.
const frameworkModule = /^\[project\]\/node_modules\/next\/dist\/(esm\/)?(client\/components|lib)\//;

/** Every client module a page's tree imports, per entry, from Next's client reference manifests. */
function clientModulesByEntry(appDir) {
  const byEntry = new Map();
  for (const file of readdirSync(appDir, {recursive: true})) {
    if (!file.endsWith('page_client-reference-manifest.js')) continue;
    const context = vm.createContext({});
    vm.runInContext(readFileSync(path.join(appDir, file), 'utf8'), context);
    for (const [entry, manifest] of Object.entries(context.__RSC_MANIFEST)) {
      byEntry.set(entry, Object.keys(manifest.clientModules));
    }
  }
  if (byEntry.size === 0) throw new OutputChanged('.next/server/app', 'no page_client-reference-manifest.js found');
  return byEntry;
}

/** The client modules of pages' trees that are not the App Router's own, as "entry: module". */
export function clientComponentsIn(appDir) {
  const found = [];
  for (const [entry, modules] of clientModulesByEntry(appDir)) {
    for (const clientModule of modules)
      if (!frameworkModule.test(clientModule)) found.push(`${entry}: ${clientModule}`);
  }
  return found;
}

function refuseClientComponents(appDir) {
  const found = clientComponentsIn(appDir);
  if (found.length > 0) {
    throw new Error(
      `documents: a client component ('use client') is in a page's tree, and pages are not hydrated, so it would never run:\n  ${found.join('\n  ')}\n` +
        "Render it on the server, and give it its behaviour in the site's script (app/_components/*.browser.ts).",
    );
  }
}

const escaped = (text) => text.replaceAll(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const ourScript = new RegExp(
  `^<script src="${escaped(enhancementScript.urlPath)}[0-9a-f]{8}\\.js" defer=""></script>$`,
);
const jsonLd = /^<script type="application\/ld\+json">/;
const frameworkChunk = /^<script src="\/_next\/static\/chunks\/[^"]+\.js"( async="")?( noModule="")?><\/script>$/;
const rscPayload = /^<script>(\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(/;
const runtimeBootstrap =
  /^<script id="_R_">\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/;
const chunkPreload =
  /^<link rel="(preload" as="script"|modulepreload")( fetchPriority="low")? href="\/_next\/static\/chunks\/[^"]+\.js"\/>$/;

/** What Next puts in a page for the browser, by kind. */
const nextScripts = [
  [frameworkChunk, 'chunks'],
  [rscPayload, 'payload'],
  [runtimeBootstrap, 'bootstrap'],
];

/** Next's own pages (/_global-error, /_not-found): not addressable, not rendered by the site's layout. */
const isNextShell = (route) => route.split('/').some((segment) => segment.startsWith('_'));

/** The page without Next's client runtime; throws on anything it does not expect. */
export function asDocument(route, html) {
  const removed = {chunks: 0, payload: 0, bootstrap: 0, preloads: 0};
  let ours = 0;
  let document = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) => {
    if (ourScript.test(script)) {
      ours += 1;
      return script;
    }
    if (jsonLd.test(script)) return script;
    const [, kind] = nextScripts.find(([pattern]) => pattern.test(script)) ?? [];
    if (!kind) throw new OutputChanged(route, `a script this step does not know: ${script.slice(0, 200)}`);
    removed[kind] += 1;
    return '';
  });
  document = document.replace(/<link rel="(?:preload|modulepreload)"[^>]*>/g, (link) => {
    if (!/ as="script"|rel="modulepreload"/.test(link)) return link;
    if (!chunkPreload.test(link)) throw new OutputChanged(route, `a script preload this step does not know: ${link}`);
    removed.preloads += 1;
    return '';
  });
  // Next's own error shell (/_global-error) is not one of the site's pages.
  const isSitePage = !isNextShell(route);
  if (ours !== (isSitePage ? 1 : 0))
    throw new OutputChanged(route, `the site's script (${enhancementScript.urlPath}) is there ${ours} times`);
  for (const kind of ['chunks', 'payload']) {
    if (removed[kind] === 0)
      throw new OutputChanged(route, `no ${kind === 'chunks' ? 'framework chunks' : 'RSC payload'} found`);
  }
  for (const leftover of ['__next_f', 'TURBOPACK', 'modulepreload']) {
    if (document.includes(leftover)) throw new OutputChanged(route, `"${leftover}" is still in the page`);
  }
  if (/\/_next\/static\/chunks\/[^"]+\.js"/.test(document))
    throw new OutputChanged(route, 'a chunk is still referenced');
  return {document, removed, saved: html.length - document.length};
}

/** Every prerendered page under distDir as a document, checked, not yet written. */
function documentsIn(dir) {
  return [...prerenderedPages(appDirOf(dir))].map(({route, file, html}) => ({route, file, ...asDocument(route, html)}));
}

/** The step itself, as the build runs it. */
function makeDocuments() {
  refuseClientComponents(appDirOf(distDir));
  // Every page of both trees is checked before any is written: a refused
  // build leaves Next's output as it was.
  const pages = documentsIn(distDir);
  const hasStandalone = existsSync(standaloneDistDir);
  const copies = hasStandalone ? documentsIn(standaloneDistDir) : [];
  const routesOf = (list) => JSON.stringify(list.map(({route}) => route).sort());
  if (hasStandalone && routesOf(copies) !== routesOf(pages)) {
    throw new OutputChanged('.next/standalone', "its pages are not the build's");
  }
  for (const {file, document} of [...pages, ...copies]) writeFileSync(file, document);
  // next start answers from here once it has copied a page in; a copy made
  // from the pages as they were would outlive this step.
  for (const tree of hasStandalone ? [distDir, standaloneDistDir] : [distDir]) {
    rmSync(path.join(tree, 'server', 'route-cache'), {recursive: true, force: true});
  }

  const documents = pages.map(({route}) => route).filter((route) => !isNextShell(route));
  writeFileSync(path.join(distDir, 'documents.json'), `${JSON.stringify({documents}, null, 2)}\n`);
  const saved = pages.reduce((sum, page) => sum + page.saved, 0);
  console.log(
    `.next/documents.json: ${pages.length} prerendered pages made documents (${documents.length} addressable); ` +
      `${(saved / 1024).toFixed(0)} KB of Next's runtime tags and RSC payload taken out of their HTML`,
  );
}

if (import.meta.filename === process.argv[1]) makeDocuments();
