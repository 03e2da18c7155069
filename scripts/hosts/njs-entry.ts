// The njs module nginx runs for the answers that depend on the request
// (deploy/nginx/negotiation.js, bundled from this file by nginx/njs.mjs):
// lib/routing's own code, so nginx and the embedded server negotiate, encode
// and refuse alike. `../../i18n/routing` is replaced in the bundle by the
// site's languages as plain data (next-intl has no place in nginx).
import {routing} from '../../i18n/routing';
import {negotiateLocale} from '../../lib/routing/negotiation';
import {encodePath} from '../../lib/routing/requests';

/** The part of njs's request object (http://nginx.org/en/docs/njs/reference.html#http) used here. */
type NjsRequest = {
  uri: string;
  headersIn: Record<string, string | undefined>;
  headersOut: Record<string, string | undefined>;
  variables: Record<string, string | undefined>;
  status: number;
  sendHeader(): void;
  finish(): void;
};

/** The request's path as the client sent it, before nginx decoded it. */
function rawPath(r: NjsRequest): string {
  const target = r.variables.request_uri || '';
  const queryAt = target.indexOf('?');
  return queryAt === -1 ? target : target.slice(0, queryAt);
}

/** The query as the client sent it, `?` included: it goes back into a Location unchanged. */
function query(r: NjsRequest): string {
  const target = r.variables.request_uri || '';
  const queryAt = target.indexOf('?');
  return queryAt === -1 ? '' : target.slice(queryAt);
}

/** The reader's language (negotiation.ts), for the redirects; also a js_set function, should a log want it. */
function locale(r: NjsRequest): string {
  return negotiateLocale(
    {cookie: r.headersIn.Cookie, acceptLanguage: r.headersIn['Accept-Language']},
    routing.locales,
    routing.defaultLocale,
  );
}

/**
 * js_set: '1' for a path that does not decode to text (`/%E0%A4`, not UTF-8),
 * which normalizePath() refuses: nginx itself refuses only what it cannot
 * decode at all, and takes such bytes as they are.
 */
function badPath(r: NjsRequest): string {
  try {
    decodeURIComponent(rawPath(r));
    return '';
  } catch {
    return '1';
  }
}

/** A redirect as the embedded server sends it: no body, no Content-Type. */
function redirect(r: NjsRequest, status: number, location: string) {
  r.status = status;
  r.headersOut.Location = location;
  r.headersOut['Content-Length'] = '0';
  r.sendHeader();
  r.finish();
}

/** js_content: `/`, or a path outside every language, in the reader's language (307). */
function toLanguage(r: NjsRequest) {
  redirect(r, 307, `/${locale(r)}${r.uri === '/' ? '' : encodePath(r.uri)}${query(r)}`);
}

/** js_content: a path with a trailing slash, without it (308). */
function withoutSlash(r: NjsRequest) {
  redirect(r, 308, `${encodePath(r.uri.replace(/\/+$/, ''))}${query(r)}`);
}

/** What nginx calls (deploy/nginx/karabakh.conf): js_set for badPath, js_content for the redirects. */
const negotiation = {locale, badPath, toLanguage, withoutSlash};
export default negotiation;
