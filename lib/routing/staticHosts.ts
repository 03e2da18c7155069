// lib/routing's rules in the two files static hosts read from the site's root
// (the convention of Netlify and Cloudflare Pages): _headers and _redirects.
// Written into out/ by scripts/build/host-rules.mjs. What these hosts cannot
// express, and what a reader gets there instead: docs/deployment.md.
import {routing} from '../../i18n/routing';
import {cacheControl, documentPolicy, searchPagePolicy, securityHeaders} from './headers';
import {contentTypeOf, hostFiles, immutablePrefixes, NOT_FOUND, searchPageFile} from './paths';

/** What is at the root of a build: its files (`/sitemap.xml`) and its directories (`/icons/*`). */
type Files = readonly string[];

/**
 * `_headers`: the security headers and the document policy everywhere,
 * caching by kind on paths that never overlap, and last the search pages'
 * own policy, which also lets them compile WebAssembly (headers.ts). Where
 * two rules match a path, Cloudflare Pages joins their values unless the
 * later rule detaches the earlier one's (`! Content-Security-Policy`, a line
 * Netlify's parser passes over), and Netlify keeps the later rule's value:
 * so on both the search page alone has its policy (docs/deployment.md says
 * what a host that only joins gives it). A page's rules name its address and
 * its file (`/sv`, `/sv.html`): `netlify dev` matches them to the file.
 */
export function headersFile(rootFiles: Files): string {
  const rule = (path: string, headers: [string, string][], detached: string[] = []) =>
    `${path}\n${[...detached.map((name) => `  ! ${name}`), ...headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n')}\n`;
  const everywhere = rule('/*', [...securityHeaders, ['Content-Security-Policy', documentPolicy]]);
  const immutable = immutablePrefixes.map((prefix) => rule(`${prefix}*`, [['Cache-Control', cacheControl.immutable]]));
  const pages = [
    ...routing.locales.flatMap((locale) => [`/${locale}`, `/${locale}.html`, `/${locale}/*`]),
    ...rootFiles.filter(
      (file) =>
        !immutablePrefixes.some((prefix) => `${file}/`.startsWith(prefix)) &&
        !routing.locales.some((locale) => file === `/${locale}/*`) &&
        file !== '/_next/*' &&
        !hostFiles.includes(file),
    ),
  ].map((path) => rule(path, [['Cache-Control', cacheControl.page]]));
  const types = ['/*/feed.xml', '/*/manifest.webmanifest'].map((path) =>
    rule(path, [['Content-Type', contentTypeOf(path) ?? '']]),
  );
  const searchPages = routing.locales
    .map(searchPageFile)
    .flatMap((file) => [file.replace(/\.html$/, ''), file])
    .map((path) => rule(path, [['Content-Security-Policy', searchPagePolicy]], ['Content-Security-Policy']));
  return [everywhere, ...immutable, ...pages, ...types, ...searchPages].join('\n');
}

/**
 * `_redirects`: first the files only a host reads (hostFiles), a 404 even
 * though they exist (`!`, Netlify's forced rule; Cloudflare Pages leaves
 * them out of the upload and passes over a 404 rule); then the 404
 * documents, the nearest first, where the host takes a 404 rule. `/` and the addresses without a language are the hosts'
 * functions' (hostFunctions.ts); where none runs, `/` is out/index.html, the
 * front door, and no rule may shadow it.
 */
export function redirectsFile(missingTranslations: readonly {locale: string; id: string}[]): string {
  const lines = [
    ...hostFiles.map((file) => `${file} /${NOT_FOUND}.html 404!`),
    ...missingTranslations.map(
      ({locale, id}) => `/${locale}/statements/${id} /${locale}/statements/${id}/${NOT_FOUND}.html 404`,
    ),
    ...routing.locales.map((locale) => `/${locale}/* /${locale}/${NOT_FOUND}.html 404`),
    `/* /${NOT_FOUND}.html 404`,
  ];
  return `${lines.join('\n')}\n`;
}
