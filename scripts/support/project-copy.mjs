// A copy of the project that builds with other statements in place of
// messages/statements/: the fixture site (scripts/fixture-site.mjs), the
// scale benchmark (scripts/bench/scale.mjs) and the rehearsal of publishing
// (scripts/rehearsal/run.mjs, which copies the tests too). A copy, not a switch inside the
// project: the code built is the very code of `npm run build`, and nothing in
// the real build can ever read, list or ship what a copy is given.
import {execFileSync} from 'node:child_process';
import {cpSync, mkdirSync, rmSync, symlinkSync} from 'node:fs';
import path from 'node:path';

export const root = path.join(import.meta.dirname, '..', '..');

/** What a build reads: every copy has these. */
export const buildEntries = [
  'app',
  'i18n',
  'lib',
  'messages',
  'public',
  'scripts',
  'global.d.ts',
  'next.config.ts',
  'package.json',
  'tsconfig.json',
];

/**
 * Makes `site` a copy of the project whose statements are `statements` (a directory) or the project's own
 * (undefined), with the project's `also` entries (`tests`, `deploy`, ...) besides what a build reads.
 * @param {string} site
 * @param {string | undefined} statements
 * @param {string[]} [also]
 */
export function copyProject(site, statements, also = []) {
  rmSync(site, {recursive: true, force: true});
  mkdirSync(site, {recursive: true});
  for (const entry of [...buildEntries, ...also]) {
    cpSync(path.join(root, entry), path.join(site, entry), {
      recursive: true,
      // Build output of the project itself (fonts subset for it) is made anew.
      filter: (source) => !source.includes(`${path.sep}_fonts`),
    });
  }
  if (statements !== undefined) {
    rmSync(path.join(site, 'messages', 'statements'), {recursive: true});
    cpSync(statements, path.join(site, 'messages', 'statements'), {recursive: true});
  }
  // The project's own dependencies, by a relative link: a copy lives inside the project (.fixture-site/,
  // .bench-scale/, .rehearsal/), and Turbopack finds Next only within the project it builds.
  symlinkSync(path.relative(site, path.join(root, 'node_modules')), path.join(site, 'node_modules'), 'dir');
}

/**
 * Runs `npm run build`'s steps in a copy (scripts/build/run.mjs), with `args` (`--no-precompress`).
 * @param {string} site
 * @param {string[]} [args]
 * @param {'inherit' | 'ignore'} [output]
 */
export function buildCopy(site, args = [], output = 'inherit') {
  execFileSync(process.execPath, [path.join(site, 'scripts', 'build', 'run.mjs'), ...args], {
    cwd: site,
    stdio: output,
  });
}
