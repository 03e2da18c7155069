// Rows of the request table that every host answers alike, the static hosts
// with no server of ours included: tests/e2e/not-found.spec.ts and
// tests/e2e/hardening.spec.ts run them against the embedded server and nginx
// (npm run check:edge), scripts/hosts/check.mjs against the static hosts'
// emulators. Negotiation's rows: negotiationTable.ts.

/** The security headers every response carries, each as what its value must say. */
export const requiredHeaders: Record<string, RegExp> = {
  'strict-transport-security': /max-age=\d{8,}/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /^strict-origin-when-cross-origin$/,
  'permissions-policy': /camera=\(\).*geolocation=\(\).*microphone=\(\)/,
  'cross-origin-opener-policy': /^same-origin$/,
  'cross-origin-resource-policy': /^same-origin$/,
  'content-security-policy': /frame-ancestors 'none'/,
};

/** An unknown address, asked for in a browser of another language, answered by its 404 document, in its language. */
export const notFoundRows: [name: string, path: string, acceptLanguage: string, document: string, locale: string][] = [
  ['a 404 in a language', '/sv/nope', 'en', 'sv/404.html', 'sv'],
  // A file no language has (and no visitor of ours asks for): the multilingual 404, English first.
  ['a 404 outside the languages', '/wp-login.php', 'sv', '404.html', 'en'],
];

/** The files of out/ only a host reads (its rules, Cloudflare's function): 404, as no address of the site. */
export const hostFileTargets = ['/_headers', '/_redirects', '/_worker.js', '/_routes.json'];

/** Targets that are no path (a bad escape, a NUL, a cut UTF-8 sequence): a 4xx (400 from ours), never a 5xx. */
export const malformedTargets = ['/%zz', '/sv/%00', '/%E0%A4%A'];
