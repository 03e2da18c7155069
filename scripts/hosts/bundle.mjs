// lib/routing's code bundled by esbuild for a runtime outside Node (nginx's
// njs, the static hosts' edge functions): imported modules that only data
// should fill (the languages, without next-intl) are replaced by that data.
import path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.join(import.meta.dirname, '..', '..');

/**
 * The ES module `entry` (a path from the project's root) with the modules of `data` (their paths from the root,
 * without extension, as for i18n/routing.ts) replaced by the source given for each.
 * @param {string} entry
 * @param {Record<string, string>} data
 * @param {string} target esbuild's target (`es2015` for njs 0.7)
 * @returns {Promise<string>}
 */
export async function bundleWithData(entry, data, target) {
  /** @type {esbuild.Plugin} */
  const dataModules = {
    name: 'data-modules',
    setup(build) {
      build.onResolve({filter: /^\.\.?\//}, ({path: imported, resolveDir}) => {
        const resolved = path.relative(root, path.join(resolveDir, imported)).split(path.sep).join('/');
        return resolved in data ? {path: resolved, namespace: 'data-modules'} : undefined;
      });
      build.onLoad({filter: /.*/, namespace: 'data-modules'}, ({path: resolved}) => ({
        contents: data[resolved],
        loader: 'js',
      }));
    },
  };
  const {outputFiles} = await esbuild.build({
    absWorkingDir: root,
    entryPoints: [entry],
    bundle: true,
    format: 'esm',
    target,
    platform: 'neutral',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    logLevel: 'silent',
    plugins: [dataModules],
  });
  const [output] = outputFiles;
  if (!output) throw new Error(`esbuild wrote nothing for ${entry}`);
  return output.text;
}

/**
 * The languages of i18n/routing.ts as a module of plain data.
 * @param {{locales: readonly string[], defaultLocale: string}} routing
 */
export const routingAsData = ({locales, defaultLocale}) =>
  `export const routing = ${JSON.stringify({locales, defaultLocale})};`;
