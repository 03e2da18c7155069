// What a static host's function answers (Cloudflare Pages' out/_worker.js,
// Netlify's edge function; scripts/hosts/host-functions.mjs bundles them from
// this module): `/` and the addresses without a language, sent to the
// reader's language by answer() itself, with the headers the embedded server
// and nginx give that redirect. Every other request is left to the host's
// static files and its `_headers` and `_redirects` (staticHosts.ts).
import {routing} from '../../i18n/routing';
import {cacheControl, filePolicy, negotiationVary, securityHeaders} from './headers';
import {immutablePrefixes} from './paths';
import {answer} from './requests';

/**
 * The negotiated redirect (307) for `request`, or undefined when its answer
 * is not one: a file, a 404 or a refusal, which the host gives. `hasFile`
 * says which files of the build exist (`/index.html`); only files outside the
 * languages are ever asked about.
 */
export function negotiatedRedirect(
  request: {method: string; url: string; headers: {get(name: string): string | null}},
  hasFile: (path: string) => boolean,
): Response | undefined {
  const {pathname, search} = new URL(request.url);
  const decision = answer(
    {
      method: request.method,
      target: `${pathname}${search}`,
      cookie: request.headers.get('cookie') ?? undefined,
      acceptLanguage: request.headers.get('accept-language') ?? undefined,
    },
    hasFile,
  );
  if (decision.kind !== 'redirect' || decision.cache !== 'personal') return undefined;
  return new Response(null, {
    status: decision.status,
    headers: [
      ...securityHeaders,
      ['Content-Security-Policy', filePolicy],
      ['Cache-Control', cacheControl.personal],
      ['Vary', negotiationVary],
      ['Location', decision.location],
    ],
  });
}

/**
 * The first segments under which a path is never negotiated: the languages
 * and the build's own directories (isLanguageLess()). Each host's routing of
 * its function leaves them out, so that it runs for `/` and the
 * language-less addresses, and for few other paths.
 */
export function unnegotiatedSegments(): string[] {
  const prefixes = immutablePrefixes.map((prefix) => prefix.split('/')[1] ?? '');
  return [...new Set([...routing.locales, '_next', ...prefixes])];
}
