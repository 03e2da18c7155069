// The HTML files `next build` prerendered, for the steps that run after it.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

const appDir = path.join(import.meta.dirname, '..', '..', '.next', 'server', 'app');

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

/** Every prerendered page as {route, html}; route is its URL path ("/sv", "/_global-error"). */
export function* prerenderedPages() {
  for (const file of htmlFiles(appDir)) {
    const route = `/${path
      .relative(appDir, file)
      .replace(/\.html$/, '')
      .split(path.sep)
      .join('/')}`;
    yield {route, html: readFileSync(file, 'utf8')};
  }
}
