import {fixtureBaseURL} from '../../playwright.config';
import {fixtureSite, locales, newestFirst, site, statementAddress, yearOf} from './builds';
import type {Build, Locale, SourceStatement} from './builds';

// The pages of the real build the browser and HTTP suites visit, from the
// statement folders (tests/support/builds.ts), not from the loader that feeds
// the routes. A browser test proves what a kind of page does, so it visits
// one statement page in each language: the newest statement that language
// has. The suites take as long with a thousand statements as with one. What
// every statement's pages say is read from the built files (tests/built/).

export type StatementPage = {statement: SourceStatement; locale: Locale; path: string};

const page = (statement: SourceStatement, locale: Locale): StatementPage => ({
  statement,
  locale,
  path: statementAddress(locale, statement.id),
});

/** Each language's front page. */
export const frontPages = locales.map((locale) => ({locale, path: `/${locale}`}));

/** In each language the real build has a statement in, its newest there (not every statement is in every language). */
export const statementPages = locales.flatMap((locale) => {
  const [newest] = newestFirst(site.statements).filter((statement) => statement.locales.includes(locale));
  return newest ? [page(newest, locale)] : [];
});

const [newest] = newestFirst(site.statements);

/** A page of the real build, in a language its statement exists in, for addresses made from a real one. */
export const knownStatement: StatementPage | undefined = newest && page(newest, newest.original);

/**
 * Every kind of page a reader can land on: each front page, a statement in
 * each language, the archive and a year of it (in one language each: their
 * layout is the front page's), a 404 in a language, and one outside every
 * language.
 */
export const everyKindOfPage = [
  ...frontPages.map(({path}) => path),
  ...statementPages.map(({path}) => path),
  '/sv/archive',
  `/az/archive/${newest ? yearOf(newest) : ''}`,
  '/az/nope',
  '/wp-login.php',
];

/**
 * The pages `choose` finds in the real build, or, where it has none, in the
 * fixture site, made to have them (served beside it: playwright.config.ts),
 * with the origin to visit them at ('' for the real build, the suite's
 * baseURL).
 */
function pagesOfRealOrFixtureSite(choose: (build: Build) => StatementPage[]): {origin: string; pages: StatementPage[]} {
  const real = choose(site);
  if (real.length > 0) return {origin: '', pages: real};
  const fixture = choose(fixtureSite);
  if (fixture.length === 0) throw new Error('the fixture site lacks the pages a test needs: tests/fixtures/content/');
  return {origin: fixtureBaseURL, pages: fixture};
}

/** A statement in two languages or more, every version of it, for what the switcher does between them. */
export const versionsOfOneStatement = pagesOfRealOrFixtureSite((build) => {
  const [statement] = newestFirst(build.statements).filter((candidate) => candidate.locales.length > 1);
  return statement ? statement.locales.map((locale) => page(statement, locale)) : [];
});

/** In each language a translation exists in, the newest translated into it: a page with a translation note. */
export const translationPages = pagesOfRealOrFixtureSite((build) =>
  locales.flatMap((locale) => {
    const [translated] = newestFirst(build.statements).filter(
      (statement) => statement.original !== locale && statement.locales.includes(locale),
    );
    return translated ? [page(translated, locale)] : [];
  }),
);
