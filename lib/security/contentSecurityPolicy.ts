import {readFileSync} from 'node:fs';
import path from 'node:path';

// The Content-Security-Policy, per response. A prerendered page is a document
// (scripts/build/documents.mjs): no inline script, and no script but the
// site's own file, so its policy allows scripts from the site and nothing
// else. Anything rendered per request (a 404) still carries Next's runtime
// and its inline scripts, and gets a fresh nonce, which Next puts on the
// scripts it renders. Nothing allows 'unsafe-inline' or 'unsafe-eval'.

type DocumentList = {documents: string[]};

/** Where the development server's hot reloading needs eval, production never does. */
export const enforceStrictPolicy = process.env.NODE_ENV === 'production';

function loadDocuments(): Set<string> {
  try {
    const file = path.join(process.cwd(), '.next', 'documents.json');
    return new Set((JSON.parse(readFileSync(file, 'utf8')) as DocumentList).documents);
  } catch {
    // No list: `next dev`, which sends no policy (enforceStrictPolicy), or a
    // bare `next build` without its steps (scripts/build/run.mjs), whose pages
    // keep Next's inline scripts, which the nonce policy then blocks.
    return new Set();
  }
}

const documents = loadDocuments();

function policy(scriptSources: string[]): string {
  return [
    "default-src 'none'",
    ['script-src', "'self'", ...scriptSources].join(' '),
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

/** The policy of a prerendered document, if `pathname` is one: the site's own scripts only. */
export function documentPolicy(pathname: string): string | undefined {
  return documents.has(pathname) ? policy([]) : undefined;
}

/** A policy for a response rendered now, with its own nonce. */
export function noncePolicy(nonce: string): string {
  return policy([`'nonce-${nonce}'`]);
}
