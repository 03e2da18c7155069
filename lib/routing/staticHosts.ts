// lib/routing's rules in the two files static hosts read from the site's root
// (the convention of Netlify and Cloudflare Pages): _headers and _redirects.
// Written into out/ by scripts/build/host-rules.mjs. What these hosts cannot
// express, and what a reader gets there instead: docs/deployment.md.
import {routing} from '../../i18n/routing';
import {cacheControl, searchPagePolicy, securityHeaders} from './headers';
import {contentTypeOf, immutablePrefixes, NOT_FOUND} from './paths';

/** What is at the root of a build: its files (`/sitemap.xml`) and its directories (`/icons/*`). */
type Files = readonly string[];

/**
 * `_headers`: the security headers and one document policy everywhere, and
 * caching by kind, on paths that never overlap. The rules are chosen by path,
 * not by type, and a host joins the values of two rules that match (two
 * policies, both enforced), so every path gets the one policy that every
 * page can work under: the search page's, which also lets a page compile
 * WebAssembly (headers.ts; docs/deployment.md).
 */
export function headersFile(rootFiles: Files): string {
  const rule = (path: string, headers: [string, string][]) =>
    `${path}\n${headers.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
  const everywhere = rule('/*', [...securityHeaders, ['Content-Security-Policy', searchPagePolicy]]);
  const immutable = immutablePrefixes.map((prefix) => rule(`${prefix}*`, [['Cache-Control', cacheControl.immutable]]));
  const pages = [
    ...routing.locales.flatMap((locale) => [`/${locale}`, `/${locale}/*`]),
    ...rootFiles.filter(
      (file) =>
        !immutablePrefixes.some((prefix) => `${file}/`.startsWith(prefix)) &&
        !routing.locales.some((locale) => file === `/${locale}/*`) &&
        !['/_next/*', '/_headers', '/_redirects'].includes(file),
    ),
  ].map((path) => rule(path, [['Cache-Control', cacheControl.page]]));
  const types = ['/*/feed.xml', '/*/manifest.webmanifest'].map((path) =>
    rule(path, [['Content-Type', contentTypeOf(path) ?? '']]),
  );
  return [everywhere, ...immutable, ...pages, ...types].join('\n');
}

/**
 * `_redirects`: `/` to the reader's language where the host can tell it
 * (Netlify's Language condition; elsewhere the default language), and the
 * 404 documents, the nearest first, where the host takes a 404 rule.
 */
export function redirectsFile(missingTranslations: readonly {locale: string; id: string}[]): string {
  const lines = [
    ...routing.locales
      .filter((locale) => locale !== routing.defaultLocale)
      .map((locale) => `/ /${locale} 302 Language=${locale}`),
    `/ /${routing.defaultLocale} 302`,
    ...missingTranslations.map(
      ({locale, id}) => `/${locale}/statements/${id} /${locale}/statements/${id}/${NOT_FOUND}.html 404`,
    ),
    ...routing.locales.map((locale) => `/${locale}/* /${locale}/${NOT_FOUND}.html 404`),
    `/* /${NOT_FOUND}.html 404`,
  ];
  return `${lines.join('\n')}\n`;
}
