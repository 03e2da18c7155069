// Builds the site's one script (lib/site/enhancementScript.json): the
// TypeScript of app/_components/*.browser.ts, bundled and minified by esbuild
// into public/enhance.js (git-ignored), before `next build` renders the pages
// that ask for it by its hash. `--watch` rebuilds it on every change, for
// `next dev` (scripts/dev.mjs). Type-checked with the rest (npm run typecheck).
import path from 'node:path';
import {parseArgs} from 'node:util';
import * as esbuild from 'esbuild';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};

const root = path.join(import.meta.dirname, '..', '..');

/** esbuild's options for the script: one classic, deferred file for every browser that runs ES2020. */
export const buildOptions = {
  absWorkingDir: root,
  entryPoints: [enhancementScript.entry],
  outfile: enhancementScript.output,
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  platform: 'browser',
  legalComments: 'none',
  logLevel: 'warning',
};

/** Builds the script once and says how big it came out. */
export async function buildEnhancementScript() {
  const {metafile} = await esbuild.build({...buildOptions, metafile: true});
  const bytes = Object.values(metafile.outputs).reduce((sum, {bytes: size}) => sum + size, 0);
  console.log(`${enhancementScript.output}: ${bytes} bytes (minified, before compression)`);
}

/** Builds the script, then again on every change to what it imports, until the process ends. */
export async function watchEnhancementScript() {
  const context = await esbuild.context({...buildOptions, logLevel: 'info'});
  await context.watch();
  return context;
}

if (import.meta.filename === process.argv[1]) {
  const {values} = parseArgs({options: {watch: {type: 'boolean', default: false}}});
  await (values.watch ? watchEnhancementScript() : buildEnhancementScript());
}
