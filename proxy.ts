import type {NextRequest} from 'next/server';
import {NextResponse} from 'next/server';
import createMiddleware from 'next-intl/middleware';
import {routing} from './i18n/routing';

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

export default function proxy(request: NextRequest) {
  if (hasMalformedEncoding(request.nextUrl.pathname)) {
    return new NextResponse('400 Bad Request: malformed percent-encoding in the URL.\n', {
      status: 400,
      headers: {'content-type': 'text/plain; charset=utf-8'},
    });
  }
  // A path with a file extension (/favicon.ico, /robots.txt) is not a page and
  // must not be redirected to a language.
  if (/\.[^/]*$/.test(request.nextUrl.pathname)) return NextResponse.next();
  return handleI18nRouting(request);
}

export const config = {
  // Everything but Next's own build assets, so that no malformed URL slips past.
  matcher: '/((?!_next/static|_next/image).*)',
};
