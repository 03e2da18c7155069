import {locales, newestFirst, pagesOf, site, statementAddress, yearOf} from './builds';

// The pages of the real build the browser and HTTP suites visit, from the
// statement folders (tests/support/builds.ts), not from the loader that feeds
// the routes. A browser test proves what a kind of page does, so it visits one
// statement, the newest, in each language it exists in: the suites take as
// long with a thousand statements as with one. What every statement's pages
// say is read from the built files (tests/built/).

/** Each language's front page. */
export const frontPages = locales.map((locale) => ({locale, path: `/${locale}`}));

const [newest] = newestFirst(site.statements);

/** The newest statement of the real build in every language it exists in. */
export const statementPages = pagesOf(site).filter(({statement}) => statement === newest);

/** A statement of the real build, for addresses made from a real one. */
export const knownStatementId = newest?.id ?? 'none';

/** The newest statement's page in its original language. */
export const originalPage = newest && {
  statement: newest,
  locale: newest.original,
  path: statementAddress(newest.original, newest.id),
};

/**
 * Every kind of page a reader can land on: each front page, the newest
 * statement in each language, the archive and the newest statement's year
 * (in one language each: their layout is the front page's), a 404 in a
 * language, and one outside every language.
 */
export const everyKindOfPage = [
  ...frontPages.map(({path}) => path),
  ...statementPages.map(({path}) => path),
  '/sv/archive',
  `/az/archive/${newest ? yearOf(newest) : ''}`,
  '/az/nope',
  '/wp-login.php',
];
