// A copy of the build's out/ for the bench to serve: other work on the same
// checkout (a build, the end-to-end tests' build) rewrites out/ in place, and
// a server that read a file's size before it changed would send the wrong
// length (Chromium: ERR_CONTENT_LENGTH_MISMATCH) or another build's page.
import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';

const root = path.join(import.meta.dirname, '..', '..');

/** Copies out/ into a scratch directory; resolves to {outDir, remove}. */
export function snapshotOfSite(from = path.join(root, 'out')) {
  if (!existsSync(path.join(from, '404.html'))) throw new Error(`There is no site in ${from}: build it first.`);
  const dir = mkdtempSync(path.join(tmpdir(), 'karabakh-bench-'));
  const outDir = path.join(dir, 'out');
  cpSync(from, outDir, {recursive: true});
  return {outDir, remove: () => rmSync(dir, {recursive: true, force: true})};
}
