import {NextRequest, NextResponse} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {enforceStrictPolicy, noncePolicy, documentPolicy} from './lib/security/contentSecurityPolicy';
import {assetContentSecurityPolicy, securityHeaders} from './lib/security/headers';
import {allowedMethods} from './lib/security/methods';
import {routing} from './i18n/routing';
import {REQUEST_PATH_HEADER} from './lib/site/requestHeaders';

const handleI18nRouting = createMiddleware(routing);

/** Percent-encoding that does not decode (`/%zz`) would otherwise reach Next as a 500. */
function hasMalformedEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Under /_next/ the proxy sees all but the build assets (matcher below): the
 * image optimizer, which the site has no images for and which answered bare
 * 400s, and paths Next does not serve in production, which next-intl would
 * redirect into a language (/_next/data/… to /en/_next/data/…). None is asked
 * for by a page; development serves its own endpoints there.
 */
function isFrameworkPath(pathname: string): boolean {
  return pathname === '/_next' || pathname.startsWith('/_next/');
}

/** An answer the proxy gives itself, with the headers every response carries. */
function plainTextResponse(status: number, text: string, headers: Record<string, string> = {}) {
  const response = new NextResponse(`${text}\n`, {
    status,
    headers: {'content-type': 'text/plain; charset=utf-8', ...headers},
  });
  for (const {key, value} of [...securityHeaders, assetContentSecurityPolicy]) response.headers.set(key, value);
  return response;
}

export default function proxy(request: NextRequest) {
  if (!allowedMethods.includes(request.method)) {
    return plainTextResponse(405, '405 Method Not Allowed', {allow: allowedMethods.join(', ')});
  }
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    return plainTextResponse(400, '400 Bad Request: malformed percent-encoding in the URL.');
  }
  if (enforceStrictPolicy && isFrameworkPath(request.nextUrl.pathname)) {
    return plainTextResponse(404, '404 Not Found');
  }

  const pagePolicy = enforceStrictPolicy ? documentPolicy(request.nextUrl.pathname) : undefined;
  if (pagePolicy) {
    const response = route(request);
    response.headers.set('content-security-policy', pagePolicy);
    return response;
  }

  // Rendered per request (404 pages), which see the request only through its
  // headers: the path, set here whatever the client sent, and in production
  // the policy's nonce, which Next reads and sets on every script it renders.
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, request.nextUrl.pathname);
  if (!enforceStrictPolicy) return route(new NextRequest(request, {headers}));
  const policy = noncePolicy(btoa(crypto.randomUUID()));
  headers.set('content-security-policy', policy);
  const response = route(new NextRequest(request, {headers}));
  response.headers.set('content-security-policy', policy);
  return response;
}

function route(request: NextRequest) {
  // A path with a file extension (/favicon.ico, /robots.txt) is not a page and
  // must not be redirected to a language.
  if (/\.[^/]*$/.test(request.nextUrl.pathname)) {
    return NextResponse.next({request: {headers: request.headers}});
  }
  return keepPersonal(handleI18nRouting(request));
}

/**
 * A redirect chosen from the reader's cookie and Accept-Language (`/`, `/xx`),
 * and a page that sets the reader's language cookie, belong to that reader:
 * no CDN or shared cache may hand them to the next one. (no-cache, not
 * no-store, which would keep the page out of the back/forward cache.)
 */
function keepPersonal(response: NextResponse) {
  const isRedirect = response.status >= 300 && response.status < 400;
  if (isRedirect || response.headers.has('set-cookie')) {
    response.headers.set('cache-control', 'private, no-cache');
  }
  return response;
}

export const config = {
  // Everything but Next's own build assets, so that no malformed URL slips past.
  matcher: '/((?!_next/static).*)',
};
