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

/**
 * The addresses of a build's missing translations (`/sv/statements/<id>`): each has a 404 document of its own.
 * @param {string[]} files the build's files, as sitePaths() lists them
 */
export const missingTranslations = (files) =>
  files
    .filter((file) => /^\/[^/]+\/statements\/[^/]+\/404\.html$/.test(file))
    .map((file) => file.slice(0, -'/404.html'.length));
