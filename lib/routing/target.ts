// The request target of an HTTP/1.1 request (RFC 9112 §3.2) in the one form
// a site answers, origin-form: a path and its query. nginx reads a target the
// same way (scripts/hosts/nginx/rules.mjs holds its rules to these).
//
// - origin-form `/sv?x=1` is what browsers send: taken as it is;
// - absolute-form `http://any.host/sv` must be accepted by every HTTP/1.1
//   server (§3.2.2); it is answered as its path. Its host is dropped, never
//   used: the site's addresses come from SITE_URL. A user name and password
//   in it (`http://user:pw@host/`), which HTTP forbids (RFC 9110 §4.2.4),
//   make it a target with no path.
// - authority-form `host:443` belongs to CONNECT, and asterisk-form `*` to
//   `OPTIONS *`, a question about the server that this one does not answer;
//   like any other target they have no path, and get a 400.
// - a fragment in the path (`/sv#top`), which a client never sends, is cut
//   off; after a `?` a `#` is part of the query, as nginx reads it;
// - a byte outside ASCII, which a client must percent-encode (§3.2), makes
//   any target one with no path.

const absoluteForm = /^https?:\/\/[^/?#@]*(?=[/?#]|$)/i;

/** What a 400 says of a target that originForm() finds no path in, on every host. */
export const targetWithoutPath = 'the request target is neither a path nor an http(s) URL';

/** The origin-form of `target`, or undefined when it has no path to answer. */
export function originForm(target: string): string | undefined {
  if (/[^\x00-\x7f]/.test(target)) return undefined;
  const queryAt = target.includes('?') ? target.indexOf('?') : target.length;
  const [beforeQuery = ''] = target.slice(0, queryAt).split('#', 1);
  const query = target.slice(queryAt);
  if (beforeQuery.startsWith('/')) return beforeQuery + query;
  const schemeAndAuthority = absoluteForm.exec(beforeQuery);
  if (!schemeAndAuthority) return undefined;
  const path = beforeQuery.slice(schemeAndAuthority[0].length);
  return (path.startsWith('/') ? path : `/${path}`) + query;
}

/**
 * Whether `host` (a Host header) names a host at all, as nginx checks it:
 * not empty, no white space or control character, no slash, no empty label
 * (`a..b`).
 */
export function isValidHost(host: string): boolean {
  if (/[\x00-\x20\x7f/]/.test(host) || host.includes('..')) return false;
  const name = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':', 1)[0];
  return name !== undefined && name.replace(/\.$/, '') !== '';
}
