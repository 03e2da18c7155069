// The files of a build (out/, or a copy of it) as the paths a request names.
import {readdirSync} from 'node:fs';
import path from 'node:path';

/**
 * Every file of dir, as a site path (`/sv.html`, `/sv/feed.xml`), sorted.
 * @param {string} dir
 */
export function sitePaths(dir) {
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`)
    .sort();
}
