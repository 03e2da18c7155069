// The HTML files `next build` prerendered, for the steps that run after it.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

/** Where Next keeps the app's prerendered pages, in a build (or standalone) directory. */
export const appDirOf = (distDir) => path.join(distDir, 'server', 'app');

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

/** Every prerendered page as {route, file, html}; route is its URL path ("/sv", "/_global-error"). */
export function* prerenderedPages(appDir) {
  for (const file of htmlFiles(appDir)) {
    const route = `/${path
      .relative(appDir, file)
      .replace(/\.html$/, '')
      .split(path.sep)
      .join('/')}`;
    yield {route, file, html: readFileSync(file, 'utf8')};
  }
}
