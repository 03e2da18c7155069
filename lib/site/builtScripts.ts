import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import enhancementScript from './enhancementScript.json';

// The addresses of the site's scripts as the build's script step
// (scripts/build/enhancement-script.mjs) named them, by their content's hash:
// it writes them to `enhancementScript.namesFile`, and the pages
// (app/_components/EnhancementScript.tsx) and the documents step
// (scripts/build/documents.mjs) take them from there, never from a listing
// of the folder or a pattern.

/** Which of the site's scripts: the one of every page, or the search page's own. */
export type Script = 'site' | 'search';

/** Each script's address (`/enhance/0123abcd.js`, `/enhance/search/4567cdef.js`). */
export type BuiltScripts = Record<Script, string>;

const scripts: readonly Script[] = ['site', 'search'];

/** The folder each script's address starts with. */
const addressPrefixOf: Record<Script, string> = {
  site: enhancementScript.urlPath,
  search: `${enhancementScript.urlPath}${enhancementScript.search.directory}/`,
};

const rerun = 'npm run build and npm run dev write it (scripts/build/enhancement-script.mjs)';

/**
 * The addresses a names file says, each checked: an object of exactly `site` and `search`, each a script of
 * its own folder (the site's directly in /enhance/).
 * @param file where it was read, for the message
 */
function builtScriptsFrom(file: string, names: unknown): BuiltScripts {
  const fail = (problem: string) => new Error(`${file}: ${problem}; ${rerun}`);
  if (typeof names !== 'object' || names === null || Array.isArray(names)) throw fail('not an object of addresses');
  const keys = Object.keys(names).sort();
  if (keys.join() !== [...scripts].sort().join())
    throw fail(`names ${keys.join(', ') || 'nothing'}, not ${scripts.join(' and ')}`);
  const found = names as Record<Script, unknown>;
  for (const script of scripts) {
    const address = found[script];
    const name = typeof address === 'string' ? address.slice(addressPrefixOf[script].length) : '';
    if (typeof address !== 'string' || !address.startsWith(addressPrefixOf[script]) || !/^[^/]+\.js$/.test(name))
      throw fail(`its ${script} script is ${JSON.stringify(address)}, not a .js file in ${addressPrefixOf[script]}`);
  }
  return found as BuiltScripts;
}

/** Where a script's address is in the project: under `outputDir`, which out/ serves as `urlPath`. */
const projectFileOf = (root: string, address: string) =>
  path.join(root, enhancementScript.outputDir, address.slice(enhancementScript.urlPath.length));

/**
 * The addresses the last run of the script step wrote in `root` (the project), each checked to be a file
 * there; throws, naming the file and what is wrong, when it has not run or its scripts are gone.
 */
export function readBuiltScripts(root = process.cwd()): BuiltScripts {
  const file = path.join(root, enhancementScript.namesFile);
  if (!existsSync(file)) throw new Error(`${enhancementScript.namesFile} is not there: ${rerun}`);
  let names: unknown;
  try {
    names = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${enhancementScript.namesFile}: not JSON (${String(error)}); ${rerun}`, {cause: error});
  }
  const built = builtScriptsFrom(enhancementScript.namesFile, names);
  for (const script of scripts) {
    const projectFile = projectFileOf(root, built[script]);
    if (!existsSync(projectFile))
      throw new Error(
        `${enhancementScript.namesFile} names ${built[script]}, and ${path.relative(root, projectFile)} is not there; ${rerun}`,
      );
  }
  return built;
}
