// Builds the site's scripts (lib/site/enhancementScript.json): the TypeScript
// of app/_components/*.browser.ts, bundled and minified by esbuild into
// public/enhance/<hash>.js, the script of every page, and
// public/enhance/search/<hash>.js, the search page's (both git-ignored), each
// named by its content so that any copy of it can be cached for good. The
// names it chose it hands on in .next/cache/enhancement-scripts.json
// (enhancementScript.namesFile). Runs before `next build`, whose pages ask
// for the scripts by those names. `--watch` rebuilds it on
// every change, for `next dev` (scripts/dev.mjs). Type-checked with the rest
// (npm run typecheck).
import {createHash} from 'node:crypto';
import {mkdirSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import * as esbuild from 'esbuild';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};

const root = path.join(import.meta.dirname, '..', '..');
const outputDir = path.join(root, enhancementScript.outputDir);

/**
 * esbuild's options for the script: one classic, deferred file for every browser that runs ES2020.
 * @satisfies {esbuild.BuildOptions}
 */
const buildOptions = /** @type {const} */ ({
  absWorkingDir: root,
  entryPoints: {site: enhancementScript.entry, search: enhancementScript.search.entry},
  outdir: 'enhance',
  write: false,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
});

/** Where each entry's script goes: the site's in public/enhance/, the search page's in its directory there. */
const directoryOf = {site: '', search: `${enhancementScript.search.directory}/`};

/**
 * Replaces whatever public/enhance/ held by the built scripts, each named by its hash, and hands the addresses
 * on in enhancementScript.namesFile (read by lib/site/builtScripts.ts), written whole once the scripts are there.
 * @param {esbuild.BuildResult} result
 */
function writeScripts({outputFiles, errors}) {
  if (errors.length > 0 || !outputFiles) return;
  rmSync(outputDir, {recursive: true, force: true});
  /** @type {Partial<Record<keyof typeof directoryOf, string>>} */
  const addresses = {};
  for (const {path: built, contents} of outputFiles) {
    const entry = /** @type {keyof typeof directoryOf} */ (path.basename(built, '.js'));
    const name = `${directoryOf[entry]}${createHash('sha256').update(contents).digest('hex').slice(0, 8)}.js`;
    mkdirSync(path.dirname(path.join(outputDir, name)), {recursive: true});
    writeFileSync(path.join(outputDir, name), contents);
    addresses[entry] = `${enhancementScript.urlPath}${name}`;
    console.log(`${enhancementScript.outputDir}/${name}: ${contents.length} bytes (minified, before compression)`);
  }
  const namesFile = path.join(root, enhancementScript.namesFile);
  mkdirSync(path.dirname(namesFile), {recursive: true});
  writeFileSync(`${namesFile}.tmp`, `${JSON.stringify(addresses, null, 2)}\n`);
  renameSync(`${namesFile}.tmp`, namesFile);
}

/** Builds the scripts once. */
export async function buildEnhancementScript() {
  writeScripts(await esbuild.build(buildOptions));
}

/** Builds the script now, then again on every change to what it imports, until the process ends. */
export async function watchEnhancementScript() {
  const context = await esbuild.context({
    ...buildOptions,
    logLevel: 'info',
    plugins: [{name: 'write-by-hash', setup: (build) => build.onEnd(writeScripts)}],
  });
  // watch() starts its first build in the background; the page needs the file before `next dev` renders one.
  await context.rebuild();
  await context.watch();
  return context;
}

if (import.meta.filename === process.argv[1]) {
  const {values} = parseArgs({options: {watch: {type: 'boolean', default: false}}});
  await (values.watch ? watchEnhancementScript() : buildEnhancementScript());
}
