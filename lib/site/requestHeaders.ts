// Request headers the proxy sets for the pages rendered per request (the 404s),
// which cannot see the URL otherwise. The proxy always overwrites them, so a
// client cannot choose their values.

/** The request's path, for a 404 to tell an unknown address from a statement missing in this language. */
export const REQUEST_PATH_HEADER = 'x-site-request-path';
