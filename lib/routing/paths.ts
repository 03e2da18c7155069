// Which file of out/ answers a path, for every host. `next build` writes a
// page as <path>.html (trailingSlash: false) and every other file under its
// own name; the 404 documents are pages named 404 (app/[locale]/[...notFound]/):
//
//   out/404.html                            a path outside every language, in every language
//   out/<locale>/404.html                   an unknown path in one language
//   out/<locale>/statements/<id>/404.html   a statement asked for in a language it has no version in
//
// The nearest one to a path answers it, as static hosts look for 404.html up
// the tree (docs/deployment.md), and always with the status 404.

/** The search index (scripts/build/search-index.mjs): Pagefind's library, its WebAssembly, and the index by language. */
export const searchIndexPrefix = '/pagefind/';

/**
 * The paths of the files named by their content's hash, which may be kept for
 * good. Not the search index: its chunks are named by their content, but its
 * entry and library are not, and a directory is cached one way on the static
 * hosts (staticHosts.ts); it is cached as pages are.
 */
export const immutablePrefixes = ['/_next/static/', '/enhance/'];

/** A file under one of the immutablePrefixes. */
export function isImmutable(path: string): boolean {
  return immutablePrefixes.some((prefix) => path.startsWith(prefix));
}

/**
 * The extensions of the files the build keeps a Brotli and a gzip copy of
 * (scripts/build/precompress-assets.mjs), which every host sends in their
 * place to a browser that takes them; nginx compresses their types on the fly
 * where a copy is missing.
 */
export const compressibleExtensions = ['html', 'css', 'js', 'json', 'xml', 'txt', 'webmanifest', 'svg'];

/** The 404 document's name, as a path segment and as a file. */
export const NOT_FOUND = '404';

/** The segments of a missing translation's 404 under its language: `statements/<id>/404`. */
export function missingTranslationSegments(id: string): string[] {
  return ['statements', id, NOT_FOUND];
}

/**
 * The files that may answer `path` with a 404, the nearest first: its own
 * directory's 404.html (a statement missing in that language), then its
 * language's, then the site's.
 */
export function notFoundDocuments(path: string, locales: readonly string[]): string[] {
  const [, first = '', second, id, ...rest] = path.split('/');
  if (!locales.includes(first)) return [`/${NOT_FOUND}.html`];
  const candidates = [`/${first}/${NOT_FOUND}.html`, `/${NOT_FOUND}.html`];
  if (second === 'statements' && id && (rest.length === 0 || (rest.length === 1 && rest[0] === NOT_FOUND))) {
    candidates.unshift(`/${first}/statements/${id}/${NOT_FOUND}.html`);
  }
  return candidates;
}

/**
 * The files at the root of out/ that only a host reads (isHiddenFile): the
 * static hosts' rules (staticHosts.ts) and Cloudflare Pages' function and
 * where it runs (scripts/hosts/host-functions.mjs).
 */
export const hostFiles = ['/_headers', '/_redirects', '/_worker.js', '/_routes.json'];

/** The extensions of the files that are no address (isHiddenFile): a page's document, the precompressed copies. */
export const hiddenExtensions = ['html', 'br', 'gz'];

/**
 * Files in out/ that are not addresses of the site: each page's `.html` (the
 * address has none), the precompressed copies (sent in place of their file),
 * the 404 documents (sent only as 404s) and the files only a host reads (hostFiles).
 */
export function isHiddenFile(path: string): boolean {
  const last = path.slice(path.lastIndexOf('/') + 1);
  const hiddenExtension = hiddenExtensions.some((extension) => last.endsWith(`.${extension}`));
  return hiddenExtension || last === NOT_FOUND || hostFiles.includes(path);
}

/** A path whose last segment has no dot: a page's address, not a file's. */
export function looksLikePage(path: string): boolean {
  return !path.slice(path.lastIndexOf('/') + 1).includes('.');
}

/**
 * An address without its language (an old link, `/statements/<id>`): a
 * page-like path outside every language, outside /_next and the immutable
 * prefixes. Every host sends it on to the reader's language.
 */
export function isLanguageLess(path: string, locales: readonly string[]): boolean {
  const [, first = ''] = path.split('/');
  const underFiles = immutablePrefixes.some((prefix) => `${path}/`.startsWith(prefix)) || first === '_next';
  return !locales.includes(first) && !underFiles && looksLikePage(path);
}

/** The file of a language's search page, the one document with its own policy (searchPagePolicy). */
export const searchPageFile = (locale: string) => `/${locale}/search.html`;

/** Whether `file` is a language's search page (searchPageFile). */
export function isSearchPage(file: string, locales: readonly string[]): boolean {
  return locales.some((locale) => file === searchPageFile(locale));
}

/** The file of a statement page in a language (`/sv/statements/<id>.html`), what the search index holds. */
export function isStatementPage(file: string, locales: readonly string[]): boolean {
  const [, locale = '', statements, page = '', ...rest] = file.split('/');
  return locales.includes(locale) && statements === 'statements' && page.endsWith('.html') && rest.length === 0;
}

/** The MIME types the site's files need beyond what a host guesses from the extension. */
export function contentTypeOf(path: string): string | undefined {
  if (path.endsWith('/feed.xml')) return 'application/atom+xml; charset=utf-8';
  if (path.endsWith('.webmanifest')) return 'application/manifest+json; charset=utf-8';
  if (path.endsWith('.html')) return 'text/html; charset=utf-8';
  // The search index's own formats (gzip Pagefind decompresses), which no host knows by name.
  if (/\.(pagefind|pf_meta|pf_index|pf_fragment)$/.test(path)) return 'application/octet-stream';
  return undefined;
}
