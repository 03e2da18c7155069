// After `next build`: the SHA-256 of every inline script of every prerendered
// page, per route, written to .next/csp-hashes.json. proxy.ts allows exactly
// these on exactly that page, so the pages stay static and need neither
// nonces nor 'unsafe-inline'.
import {createHash} from 'node:crypto';
import {readdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';

const appDir = path.join('.next', 'server', 'app');
const output = path.join('.next', 'csp-hashes.json');

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith('.html')) yield file;
  }
}

/** Inline scripts the browser would execute (not `src=` ones, not JSON data blocks). */
function inlineScripts(html) {
  const scripts = [];
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\bsrc\s*=/.test(attributes)) continue;
    const type = attributes.match(/\btype\s*=\s*"([^"]*)"/)?.[1];
    if (type && !/^(text|application)\/(java|ecma)script$|^module$/.test(type)) continue;
    scripts.push(body);
  }
  return scripts;
}

const routes = {};
for (const file of htmlFiles(appDir)) {
  const route = `/${path
    .relative(appDir, file)
    .replace(/\.html$/, '')
    .split(path.sep)
    .join('/')}`;
  // Next's own error shells (/_global-error) are not addressable pages.
  if (route.split('/').some((segment) => segment.startsWith('_'))) continue;
  const hashes = inlineScripts(readFileSync(file, 'utf8')).map(
    (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );
  routes[route] = [...new Set(hashes)];
}

writeFileSync(output, `${JSON.stringify({routes}, null, 2)}\n`);
console.log(
  `${output}: ${Object.keys(routes).length} prerendered pages, ${Object.values(routes).flat().length} inline script hashes`,
);
