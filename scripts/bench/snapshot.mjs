// A copy of the build's out/ for the bench to serve. Other work on the same
// checkout (a build, the end-to-end tests' build) rewrites out/ in place, and
// a server that listed a file before it changed sends the wrong length
// (Chromium: ERR_CONTENT_LENGTH_MISMATCH), another build's page, or dies on a
// file that is gone. The copy is taken while out/ holds still: out/ listed
// with every file's size and time before and after, the same both times.
import {chmodSync, cpSync, existsSync, mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {sitePaths} from '../support/site-paths.mjs';

const root = path.join(import.meta.dirname, '..', '..');

/**
 * Every file under dir with its size (and, with times, its modification time), one a line, sorted.
 * @param {string} dir
 */
function listingOf(dir, {times = true} = {}) {
  return sitePaths(dir)
    .map((file) => {
      const {size, mtimeMs} = statSync(path.join(dir, file));
      return `${file} ${size}${times ? ` ${mtimeMs}` : ''}`;
    })
    .join('\n');
}

/**
 * What a whole build has: its 404 document and its sitemap.
 * @param {string} dir
 */
function isWholeBuild(dir) {
  return existsSync(path.join(dir, '404.html')) && existsSync(path.join(dir, 'sitemap.xml'));
}

/**
 * Copies `from` (out/) into a scratch directory while it holds still, trying
 * again for up to `waitSeconds` while a build rewrites it; resolves to
 * {outDir, remove}.
 */
export async function snapshotOfSite(from = path.join(root, 'out'), {waitSeconds = 180} = {}) {
  const deadline = Date.now() + waitSeconds * 1000;
  for (;;) {
    const before = isWholeBuild(from) ? listingOf(from) : undefined;
    const dir = mkdtempSync(path.join(tmpdir(), 'bench-site-'));
    // nginx's workers run as an unprivileged user: the bench's edge serves the copy too.
    chmodSync(dir, 0o755);
    const outDir = path.join(dir, 'out');
    const remove = () => rmSync(dir, {recursive: true, force: true});
    try {
      if (before) {
        cpSync(from, outDir, {recursive: true});
        if (listingOf(from) === before && listingOf(outDir, {times: false}) === listingOf(from, {times: false}))
          return {outDir, remove};
      }
    } catch {
      // a file went away while it was copied
    }
    remove();
    if (Date.now() > deadline) throw new Error(`${from} did not hold still (or hold a whole build) for a copy`);
    console.warn(`${path.relative(root, from) || from} is being rewritten (a build?): copying it again in 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 5000));
  }
}
