import {readFileSync} from 'node:fs';
import path from 'node:path';

// The Content-Security-Policy, per response. A prerendered page allows
// exactly its own inline scripts, by hash (scripts/build/csp-hashes.mjs writes
// them after `next build`); anything rendered per request (a 404) gets a fresh
// nonce instead, which Next puts on the scripts it renders. Nothing allows
// 'unsafe-inline' or 'unsafe-eval'.

type HashManifest = {routes: Record<string, string[]>};

function loadHashes(): Map<string, string[]> {
  try {
    const file = path.join(process.cwd(), '.next', 'csp-hashes.json');
    const {routes} = JSON.parse(readFileSync(file, 'utf8')) as HashManifest;
    return new Map(Object.entries(routes));
  } catch {
    // `next dev`, or a build without the hash step: pages fall back to nonces.
    return new Map();
  }
}

const pageHashes = loadHashes();

function policy(scriptSources: string[]): string {
  return [
    "default-src 'none'",
    `script-src 'self' ${scriptSources.join(' ')}`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

/** The hashes-only policy of a prerendered page, if `pathname` is one. */
export function prerenderedPagePolicy(pathname: string): string | undefined {
  const hashes = pageHashes.get(pathname);
  return hashes ? policy(hashes) : undefined;
}

/** A policy for a response rendered now, with its own nonce. */
export function noncePolicy(nonce: string): string {
  return policy([`'nonce-${nonce}'`]);
}

/** Where the development server's hot reloading needs eval, production never does. */
export const enforceStrictPolicy = process.env.NODE_ENV === 'production';
