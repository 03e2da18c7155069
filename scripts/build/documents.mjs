// After `next build` (output: 'export'), which writes the site into out/:
// every page becomes a document. React has rendered it at build time, in full;
// what it needs in the browser is its HTML, CSS, fonts and the site's own
// script. So this step takes out of out/ what only a client-side React app
// needs: in each page, Next's runtime chunks and their preloads and the inline
// RSC payload that repeats the page for hydration; beside the pages, the RSC
// payload files (<page>.txt, __next.*.txt), the runtime's chunks and build
// manifests, and the copy of the 404 Next keeps for its router (_not-found)
// (docs/architecture.md, "Documents, not apps"). Next has no option for this
// in the App Router (vercel/next.js#5054, #45009, #34063).
//
// It also sees that every page preloads each font file its stylesheets load,
// and no other: Next preloads next/font's files in every page but the global
// 404 (out/404.html), to which it adds them. Those files are named by Next
// from the subset the content makes (scripts/build/subset-fonts.mjs), so they
// are known for certain only once `next build` has finished.
//
// This module is what the build knows of Next's output, read once
// `next build` has finished: out/'s pages and stylesheets and the client
// reference manifests of .next/server/app/.
//
// It fails the build, naming what it found, rather than ship something half
// done:
// - when a page's tree has a client component ('use client') of the site or
//   of a library: without hydration it would never run. Such behaviour
//   belongs in the site's script (app/_components/*.browser.ts);
// - when a page asks for a script of the site other than those the script
//   step built for this build (scripts/build/enhancement-script.mjs hands
//   their addresses on, lib/site/builtScripts.ts reads them);
// - when a page carries a script it does not know (not Next's, not ours, not
//   JSON-LD), or lacks what Next has always put there (its chunks, its RSC
//   payload) or our script; when out/ holds a file under _next/ or a payload
//   this step does not recognise, a font preload it does not know or a
//   stylesheet that loads no font file: Next's output has changed, and this
//   step must be looked at again before anything ships;
// - when a page preloads other font files than its stylesheets load.
import {existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};
import {sitePaths} from '../support/site-paths.mjs';
import {load} from '../support/typescript.mjs';

const root = process.cwd();
const appDir = path.join(root, '.next', 'server', 'app');
const outDir = path.join(root, 'out');

class OutputChanged extends Error {
  /**
   * @param {string} route
   * @param {string} problem
   */
  constructor(route, problem) {
    super(`documents: ${route}: ${problem}. scripts/build/documents.mjs must be reviewed before this build ships.`);
  }
}

// The client modules the App Router renders on every page itself (its
// router, boundaries and metadata markers), which exist only to hydrate.
const frameworkModule = /^\[project\]\/node_modules\/next\/dist\/(esm\/)?(client\/components|lib)\//;

/**
 * The client modules of pages' trees that are not the App Router's own, as "entry: module", from Next's client
 * reference manifests.
 * @param {string} appDir
 */
export function clientComponentsIn(appDir) {
  /** @type {Map<string, string[]>} */
  const byEntry = new Map();
  for (const file of readdirSync(appDir, {recursive: true, encoding: 'utf8'})) {
    if (!file.endsWith('page_client-reference-manifest.js')) continue;
    const context = vm.createContext({});
    vm.runInContext(readFileSync(path.join(appDir, file), 'utf8'), context);
    // What a manifest assigns: globalThis.__RSC_MANIFEST[entry] = {clientModules: {…}, …}.
    const manifests = /** @type {Record<string, {clientModules: Record<string, unknown>}>} */ (context.__RSC_MANIFEST);
    for (const [entry, manifest] of Object.entries(manifests)) {
      byEntry.set(entry, Object.keys(manifest.clientModules));
    }
  }
  if (byEntry.size === 0) throw new OutputChanged('.next/server/app', 'no page_client-reference-manifest.js found');
  return [...byEntry].flatMap(([entry, modules]) =>
    modules.filter((name) => !frameworkModule.test(name)).map((name) => `${entry}: ${name}`),
  );
}

/** @typedef {import('../../lib/site/builtScripts.ts').BuiltScripts} BuiltScripts */

/**
 * A script of the site as Next writes it in a page, at the address the script step gave it.
 * @param {string} address
 */
const scriptTag = (address) => `<script src="${address}" defer=""></script>`;
const jsonLd = /^<script type="application\/ld\+json">/;
const frameworkChunk = /^<script src="\/_next\/static\/chunks\/[^"]+\.js"( async="")?( noModule="")?><\/script>$/;
const rscPayload = /^<script>(\(self\.__next_f=self\.__next_f\|\|\[\]\)|self\.__next_f)\.push\(/;
const runtimeBootstrap =
  /^<script id="_R_">\(globalThis\["TURBOPACK"\] \|\| \(globalThis\["TURBOPACK"\] = \[\]\)\)\.push\(/;
const chunkPreload =
  /^<link rel="(preload" as="script"|modulepreload")( fetchPriority="low")? href="\/_next\/static\/chunks\/[^"]+\.js"\/>$/;

/** @typedef {'chunks' | 'payload' | 'bootstrap' | 'preloads'} RemovedKind */

/**
 * What Next puts in a page for the browser, by kind.
 * @type {[RegExp, RemovedKind][]}
 */
const nextScripts = [
  [frameworkChunk, 'chunks'],
  [rscPayload, 'payload'],
  [runtimeBootstrap, 'bootstrap'],
];

/**
 * Next's own pages (/_global-error, /_not-found): not addressable, not rendered by the site's layout.
 * @param {string} route
 */
const isNextShell = (route) => route.split('/').some((segment) => segment.startsWith('_'));

/**
 * What of out/ is Next's client runtime, and goes: a file this step does not
 * recognise under _next/ stops the build. Kept there: the stylesheets and the
 * fonts and icons (media/).
 * @param {string[]} files
 * @returns {string[]}
 */
export function runtimeFiles(files) {
  const pages = new Set(files.filter((file) => file.endsWith('.html')).map((file) => file.slice(0, -'.html'.length)));
  const runtime = [];
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    const isPayload = file.endsWith('.txt') && (name.startsWith('__next.') || pages.has(file.slice(0, -'.txt'.length)));
    if (isPayload || file.startsWith('_not-found')) runtime.push(file);
    else if (file.startsWith('_next/')) {
      if (/^_next\/static\/chunks\/[^/]+\.js$/.test(file)) runtime.push(file);
      else if (/^_next\/static\/[\w-]+\/_(build|ssg|clientMiddleware)Manifest\.js$/.test(file)) runtime.push(file);
      else if (!/^_next\/static\/(chunks\/[^/]+\.css|media\/[^/]+)$/.test(file)) {
        throw new OutputChanged(`out/${file}`, 'a file of Next this step does not know');
      }
    }
  }
  return runtime;
}

/**
 * Removes the directories under dir that are left empty.
 * @param {string} dir
 */
function removeEmptyDirectories(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    if (!entry.isDirectory()) continue;
    const child = path.join(dir, entry.name);
    removeEmptyDirectories(child);
    if (readdirSync(child).length === 0) rmdirSync(child);
  }
}

/**
 * The page without Next's client runtime; throws on anything it does not expect.
 * @param {string} route
 * @param {string} html
 * @param {BuiltScripts} scripts the addresses of the site's scripts, as this build's script step named them
 * @returns {{document: string, removed: Record<RemovedKind, number>, saved: number}}
 */
export function asDocument(route, html, scripts) {
  /** @type {Record<RemovedKind, number>} */
  const removed = {chunks: 0, payload: 0, bootstrap: 0, preloads: 0};
  let ours = 0;
  let document = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, (script) => {
    if (script === scriptTag(scripts.site)) {
      ours += 1;
      return script;
    }
    // The search page's own, beside the site's (app/_components/search/).
    if (script === scriptTag(scripts.search)) return script;
    if (script.startsWith(`<script src="${enhancementScript.urlPath}`)) {
      throw new Error(
        `documents: ${route} asks for ${script}, and this build's scripts are ${scripts.site} and ${scripts.search} ` +
          `(${enhancementScript.namesFile}): the pages were rendered with other scripts than the ones built for them.`,
      );
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
    throw new OutputChanged(route, `the site's script (${scripts.site}) is there ${ours} times`);
  for (const kind of /** @type {const} */ (['chunks', 'payload'])) {
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

// A font preload as Next writes it (and as React writes a preload() hint), and
// the stylesheets a page links: Next's CSS chunks, whose @font-face rules name
// the font files next/font emitted (app/_styles/fonts.ts).
const fontPreload = /<link rel="preload" href="([^"]+)" as="font" crossorigin="" type="font\/woff2"\/>/g;
const anyFontPreload = /<link\b[^>]*\bas="font"[^>]*>/g;
const stylesheetLink = /<link rel="stylesheet" href="([^"]+)"[^>]*>/g;
const fontFaceRule = /@font-face\s*\{([^}]*)\}/g;

/**
 * The font files a stylesheet's @font-face rules load, as paths from out/ (`/_next/static/media/….woff2`);
 * faces of local() fonts, as next/font's metric-adjusted fallbacks, load none.
 * @param {string} stylesheet its path from out/ (`/_next/static/chunks/….css`)
 * @param {string} css
 */
export function fontFilesIn(stylesheet, css) {
  const files = [];
  for (const [, rule = ''] of css.matchAll(fontFaceRule)) {
    for (const [, reference = ''] of rule.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const file = new URL(reference, `file://${stylesheet}`);
      if (file.protocol !== 'file:' || !file.pathname.endsWith('.woff2')) {
        throw new OutputChanged(stylesheet, `a font face loads ${reference}, not a .woff2 file of the site`);
      }
      files.push(file.pathname);
    }
  }
  return files;
}

/**
 * The stylesheets a page links, as paths from out/.
 * @param {string} html
 */
export const stylesheetsOf = (html) => [...html.matchAll(stylesheetLink)].map(([, href = '']) => href);

/**
 * The page with a preload of every font file it draws with (those its stylesheets declare), and of no other.
 * Next preloads next/font's files in every page but the global 404 (out/404.html), which it renders outside
 * every page segment: there they are added, before its stylesheets, as Next writes them elsewhere.
 * @param {string} route
 * @param {string} html
 * @param {string[]} fontFiles the files its stylesheets' @font-face rules load (fontFilesIn)
 */
export function withFontPreloads(route, html, fontFiles) {
  const declared = [...new Set(fontFiles)].sort();
  if (declared.length === 0) throw new OutputChanged(route, 'its stylesheets load no font file');
  const preloaded = [...html.matchAll(fontPreload)].map(([, href = '']) => href).sort();
  if ([...html.matchAll(anyFontPreload)].length !== preloaded.length) {
    throw new OutputChanged(route, `a font preload this step does not know: ${html.match(anyFontPreload)?.join(' ')}`);
  }
  if (preloaded.length === 0) {
    const links = declared.map(
      (file) => `<link rel="preload" href="${file}" as="font" crossorigin="" type="font/woff2"/>`,
    );
    const firstStylesheet = html.search(stylesheetLink);
    return `${html.slice(0, firstStylesheet)}${links.join('')}${html.slice(firstStylesheet)}`;
  }
  if (preloaded.join() !== declared.join()) {
    throw new Error(
      `documents: ${route} preloads ${preloaded.join(', ')} but draws with ${declared.join(', ')}: ` +
        'every page preloads exactly the font files of its stylesheets (app/_styles/fonts.ts).',
    );
  }
  return html;
}

/** The step itself, as the build runs it. */
async function makeDocuments() {
  if (!existsSync(outDir)) throw new OutputChanged('out/', 'not there: next build wrote no static export');
  const clientComponents = clientComponentsIn(appDir);
  if (clientComponents.length > 0) {
    throw new Error(
      `documents: a client component ('use client') is in a page's tree, and pages are not hydrated, so it would never run:\n  ${clientComponents.join('\n  ')}\n` +
        "Render it on the server, and give it its behaviour in the site's script (app/_components/*.browser.ts).",
    );
  }
  const {readBuiltScripts} = /** @type {typeof import('../../lib/site/builtScripts.ts')} */ (
    await load('lib/site/builtScripts.ts')
  );
  const scripts = readBuiltScripts(root);
  const present = new Set(sitePaths(outDir));
  // The same, relative to out/, as runtimeFiles() and the pages take them.
  const files = [...present].map((file) => file.slice(1));
  const runtime = new Set(runtimeFiles(files));
  // Every page is checked before any is written: a refused build leaves out/ as Next wrote it.
  for (const address of Object.values(scripts)) {
    if (!present.has(address)) throw new OutputChanged(address, 'the script step built it, and out/ has no such file');
  }
  /** @type {Map<string, string[]>} */
  const fontFilesOf = new Map();
  /** @param {string} stylesheet */
  const fontFilesOfStylesheet = (stylesheet) => {
    if (!present.has(stylesheet)) throw new OutputChanged(stylesheet, 'a page links it, and out/ has no such file');
    const fonts = fontFilesIn(stylesheet, readFileSync(path.join(outDir, stylesheet), 'utf8'));
    for (const font of fonts) {
      if (!present.has(font)) throw new OutputChanged(stylesheet, `it loads ${font}, and out/ has no such file`);
    }
    return fonts;
  };
  const pages = files
    .filter((file) => file.endsWith('.html') && !runtime.has(file))
    .map((file) => {
      const route = `/${file.slice(0, -'.html'.length)}`;
      const page = asDocument(route, readFileSync(path.join(outDir, file), 'utf8'), scripts);
      if (isNextShell(route)) return {file, ...page};
      const fonts = stylesheetsOf(page.document).flatMap((stylesheet) => {
        if (!fontFilesOf.has(stylesheet)) fontFilesOf.set(stylesheet, fontFilesOfStylesheet(stylesheet));
        return fontFilesOf.get(stylesheet) ?? [];
      });
      return {file, ...page, document: withFontPreloads(route, page.document, fonts)};
    });
  for (const {file, document} of pages) writeFileSync(path.join(outDir, file), document);
  for (const file of runtime) rmSync(path.join(outDir, file));
  removeEmptyDirectories(outDir);
  const saved = pages.reduce((sum, page) => sum + page.saved, 0);
  console.log(
    `out/: ${pages.length} pages made documents (${(saved / 1024).toFixed(0)} KB of Next's runtime tags and ` +
      `RSC payload taken out of them), ${runtime.size} files of Next's client runtime removed`,
  );
}

if (import.meta.filename === process.argv[1]) await makeDocuments();
