import {fixtureSite, locales, pagesOf, statementAddress} from './builds';

// The fixture site's statements and pages, as the collection's tests iterate over them.

export const fixtureStatements = fixtureSite.statements;

/** Every fixture statement in every language it exists in, with its address. */
export const fixturePages = pagesOf(fixtureSite);

/** Every fixture statement in every language it lacks, with the address a reader may still try. */
export const missingPages = fixtureStatements.flatMap((statement) =>
  locales
    .filter((locale) => !statement.locales.includes(locale))
    .map((locale) => ({statement, locale, path: statementAddress(locale, statement.id)})),
);

/** Every fixture statement page with each language the statement lacks, where its switcher leads to a front page. */
export const switchesToMissing = fixturePages.flatMap((page) =>
  locales.filter((other) => !page.statement.locales.includes(other)).map((other) => ({...page, other})),
);
