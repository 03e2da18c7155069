// After `next build`: the SHA-256 of every inline script of every prerendered
// page, per route, written to .next/csp-hashes.json. proxy.ts allows exactly
// these on exactly that page, so the pages stay static and need neither
// nonces nor 'unsafe-inline'.
import {createHash} from 'node:crypto';
import {writeFileSync} from 'node:fs';
import path from 'node:path';
import {prerenderedPages} from './prerendered-pages.mjs';

const output = path.join(import.meta.dirname, '..', '..', '.next', 'csp-hashes.json');

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
for (const {route, html} of prerenderedPages()) {
  // Next's own error shells (/_global-error) are not addressable pages.
  if (route.split('/').some((segment) => segment.startsWith('_'))) continue;
  const hashes = inlineScripts(html).map(
    (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`,
  );
  routes[route] = [...new Set(hashes)];
}

writeFileSync(output, `${JSON.stringify({routes}, null, 2)}\n`);
console.log(
  `.next/csp-hashes.json: ${Object.keys(routes).length} prerendered pages, ${Object.values(routes).flat().length} inline script hashes`,
);
