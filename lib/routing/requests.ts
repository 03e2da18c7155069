// The answer to a request, as the embedded server gives it (scripts/serve/).
// nginx gives the same answers from deploy/nginx/, which
// scripts/hosts/write-nginx.mjs writes from these same modules, and the
// request table (tests/e2e/hardening.spec.ts) holds both to one expected
// answer per row.
import {routing} from '../../i18n/routing';
import {allowedMethods} from './methods';
import {negotiateLocale} from './negotiation';
import {isHiddenFile, isImmutable, isLanguageLess, notFoundDocuments} from './paths';
import type {CacheKind} from './headers';

export type Request = {
  method: string;
  /** The origin-form target, path and query, as the client sent it. */
  target: string;
  cookie?: string;
  acceptLanguage?: string;
};

export type Answer =
  | {kind: 'file'; status: 200 | 404; file: string; cache: CacheKind}
  | {kind: 'redirect'; status: 307 | 308; location: string; cache: CacheKind}
  | {kind: 'refusal'; status: 400 | 404 | 405; detail?: string};

/**
 * A request path as nginx reads it (and so, here, every host): percent-decoded
 * once, runs of slashes merged, `.` and `..` segments resolved. Undefined when
 * it does not decode, holds a NUL, or climbs above the root.
 */
export function normalizePath(rawPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || !decoded.startsWith('/')) return undefined;
  const segments: string[] = [];
  for (const part of decoded.split('/').slice(1)) {
    if (part === '..') {
      if (segments.pop() === undefined) return undefined;
    } else if (part !== '.' && part !== '') {
      segments.push(part);
    }
  }
  const trailingSlash = segments.length > 0 && /\/(\.\.?)?$/.test(decoded);
  return `/${segments.join('/')}${trailingSlash ? '/' : ''}`;
}

/** A path as it goes back into a Location header: its characters that need it percent-encoded again. */
export function encodePath(path: string): string {
  return encodeURI(path).replace(/[?#]/g, encodeURIComponent);
}

/** What answers `request`, given the files the site has (`hasFile('/sv.html')`). */
export function answer(request: Request, hasFile: (path: string) => boolean): Answer {
  if (!allowedMethods.includes(request.method)) return {kind: 'refusal', status: 405};
  const queryAt = request.target.indexOf('?');
  const rawPath = queryAt === -1 ? request.target : request.target.slice(0, queryAt);
  const query = queryAt === -1 ? '' : request.target.slice(queryAt);
  const path = normalizePath(rawPath);
  if (path === undefined) return {kind: 'refusal', status: 400, detail: 'the path is not one a site can have'};

  const {locales, defaultLocale} = routing;
  const negotiated = () => negotiateLocale(request, locales, defaultLocale);
  if (path === '/') return {kind: 'redirect', status: 307, location: `/${negotiated()}${query}`, cache: 'personal'};
  if (path.endsWith('/')) {
    return {kind: 'redirect', status: 308, location: `${encodePath(path.replace(/\/+$/, ''))}${query}`, cache: 'page'};
  }

  const notFound = (): Answer => {
    const document = notFoundDocuments(path, locales).find(hasFile);
    return document ? {kind: 'file', status: 404, file: document, cache: 'notFound'} : {kind: 'refusal', status: 404};
  };
  if (isHiddenFile(path)) return notFound();
  const file = [path, `${path}.html`].find(hasFile);
  if (file) {
    return {kind: 'file', status: 200, file, cache: isImmutable(path) ? 'immutable' : 'page'};
  }
  if (isLanguageLess(path, locales)) {
    // The same path in the reader's language.
    return {kind: 'redirect', status: 307, location: `/${negotiated()}${encodePath(path)}${query}`, cache: 'personal'};
  }
  return notFound();
}
