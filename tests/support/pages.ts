import {locales, pagesOf, site} from './builds';

// The pages of the real build the browser and HTTP suites visit, from the
// statement folders (tests/support/builds.ts), not from the loader that feeds the routes.

/** Each language's front page. */
export const frontPages = locales.map((locale) => ({locale, path: `/${locale}`}));

/** Every statement of the real build in every language it exists in. */
export const sitePages = pagesOf(site);

/** A statement of the real build, by id, for addresses built from a real one. */
export const knownStatementId = site.statements[0]?.id ?? 'none';

/**
 * Every kind of page a reader can land on: each front page, each statement in
 * each language, a 404 in a language, and one outside every language.
 */
export const everyKindOfPage = [
  ...frontPages.map(({path}) => path),
  ...sitePages.map(({path}) => path),
  '/az/nope',
  '/wp-login.php',
];
