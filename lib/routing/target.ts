// The request target of an HTTP/1.1 request (RFC 9112 §3.2) in the one form
// a site answers, origin-form: a path and its query.
//
// - origin-form `/sv?x=1` is what browsers send: taken as it is;
// - absolute-form `http://any.host/sv` must be accepted by every HTTP/1.1
//   server (§3.2.2); it is answered as its path. Its host is dropped, never
//   used: the site's addresses come from SITE_URL.
// - authority-form `host:443` belongs to CONNECT, and asterisk-form `*` to
//   `OPTIONS *`, a question about the server that this one does not answer;
//   like any other target they have no path, and get a 400.

const absoluteForm = /^https?:\/\/[^/?#]*/i;

/** The origin-form of `target`, or undefined when it has no path to answer. */
export function originForm(target: string): string | undefined {
  if (target.startsWith('/')) return target;
  const schemeAndAuthority = absoluteForm.exec(target);
  if (!schemeAndAuthority) return undefined;
  const rest = target.slice(schemeAndAuthority[0].length);
  return rest.startsWith('/') ? rest : `/${rest}`;
}
