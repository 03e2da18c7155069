// The static hosts' functions, bundled by esbuild from lib/routing's own code
// (lib/routing/hostFunctions.ts) for each host's edge runtime, with the
// languages as plain data (next-intl has no place there) and the build's
// files outside its languages (scripts/hosts/site-files.ts):
//
//   out/_worker.js                           Cloudflare Pages, advanced mode (cloudflare-worker.ts)
//   out/_routes.json                         where Cloudflare runs it: `/` and what may be a language-less address
//   .netlify-edge/negotiation.js             Netlify's edge function (netlify-edge-function.ts), beside out/,
//                                            declared in itself for the same paths (netlify.toml names the folder)
//
// Written by the build (scripts/build/host-functions.mjs); docs/deployment.md
// says what each host does with them.
import {mkdirSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {sitePaths} from '../support/site-paths.mjs';
import {load} from '../support/typescript.mjs';
import {bundleWithData, routingAsData} from './bundle.mjs';

const {routing} = /** @type {typeof import('../../i18n/routing.ts')} */ (await load('i18n/routing.ts'));
const {unnegotiatedSegments} = /** @type {typeof import('../../lib/routing/hostFunctions.ts')} */ (
  await load('lib/routing/hostFunctions.ts')
);
const {looksLikePage} = /** @type {typeof import('../../lib/routing/paths.ts')} */ (await load('lib/routing/paths.ts'));

/**
 * Netlify's edge functions folder, as netlify.toml names it, relative to the
 * directory Netlify's CLI runs in (not Netlify's own .netlify/edge-functions/,
 * which `netlify dev` and `netlify build` empty before their build).
 */
export const netlifyFunctionsDir = '.netlify-edge';

/**
 * The files of `outDir` outside the languages whose path a page-like address
 * may be (`/index.html` for /index, `/404.html`): all answer() asks about.
 * @param {string} outDir
 */
function filesOutsideLanguages(outDir) {
  return sitePaths(outDir)
    .filter((file) => {
      const first = (file.split('/')[1] ?? '').replace(/\.html$/, '');
      return !(/** @type {readonly string[]} */ (routing.locales).includes(first));
    })
    .filter((file) => looksLikePage(file) || looksLikePage(file.replace(/\.html$/, '')));
}

/**
 * Bundles `entry` with the languages and `files` as data.
 * @param {string} entry
 * @param {readonly string[]} files
 */
async function bundle(entry, files) {
  const text = await bundleWithData(
    entry,
    {
      'i18n/routing': routingAsData(routing),
      'scripts/hosts/site-files': `export const siteFiles = ${JSON.stringify(files)};`,
    },
    'es2022',
  );
  return `// Bundled by scripts/hosts/host-functions.mjs from ${entry} and lib/routing.\n${text}`;
}

/**
 * Cloudflare's _routes.json: the function for every path but the languages'
 * and the build's own directories, which are never negotiated.
 */
function cloudflareRoutes() {
  const exclude = unnegotiatedSegments().flatMap((segment) => [`/${segment}`, `/${segment}/*`]);
  return {version: 1, include: ['/*'], exclude};
}

/**
 * Netlify's declaration of the function (its in-code `config`): the same
 * paths, and only page-like ones (no dot in the last segment).
 */
function netlifyConfig() {
  const skipped = unnegotiatedSegments()
    .map((segment) => segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
  return {pattern: `^/(?!(?:${skipped})(?:/|$))(?:[^/]*/)*[^/.]*$`};
}

/**
 * Writes both hosts' functions for the build in `outDir`; Netlify's into
 * `projectDir`/.netlify-edge/, where `netlify deploy --dir out` and
 * `netlify dev` find it (netlify.toml).
 * @param {string} outDir
 * @param {string} projectDir
 */
export async function writeHostFunctions(outDir, projectDir) {
  const files = filesOutsideLanguages(outDir);
  writeFileSync(path.join(outDir, '_worker.js'), await bundle('scripts/hosts/cloudflare-worker.ts', files));
  writeFileSync(path.join(outDir, '_routes.json'), `${JSON.stringify(cloudflareRoutes(), null, 2)}\n`);
  const netlifyDir = path.join(projectDir, netlifyFunctionsDir);
  const declaration = `export const config = ${JSON.stringify(netlifyConfig())};\n`;
  const netlifyFunction = await bundle('scripts/hosts/netlify-edge-function.ts', files);
  rmSync(netlifyDir, {recursive: true, force: true});
  mkdirSync(netlifyDir, {recursive: true});
  writeFileSync(path.join(netlifyDir, 'negotiation.js'), `${netlifyFunction}${declaration}`);
}
