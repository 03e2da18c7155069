import path from 'node:path';
import type {Locale} from 'next-intl';
import {loadCollection} from '../../lib/content/collection';
import type {Collection} from '../../lib/content/collection';
import {messagesOf} from '../../lib/content/sources';
import {statements, STATEMENTS_DIRECTORY} from '../../lib/content/statements';
import type {Statement} from '../../lib/content/types';

// The statements the suites iterate over: the site's own (what `npm run build`
// publishes), and the fixture collection under tests/fixtures/content/, which
// exists only to prove what needs more than one statement (never shipped).

export const siteContent: Collection = statements;

export const FIXTURE_STATEMENTS_DIRECTORY = path.join(__dirname, '..', 'fixtures', 'content', 'statements');
export const fixtureContent: Collection = loadCollection(FIXTURE_STATEMENTS_DIRECTORY);

/** A folder of statements as the loader reads it. */
export type StatementFolder = {name: 'site' | 'fixture'; collection: Collection; directory: string};

export const siteFolder: StatementFolder = {name: 'site', collection: siteContent, directory: STATEMENTS_DIRECTORY};
export const fixtureFolder: StatementFolder = {
  name: 'fixture',
  collection: fixtureContent,
  directory: FIXTURE_STATEMENTS_DIRECTORY,
};

/**
 * The statements a test needs (`wanted`): the site's, where it has any, or
 * else the fixture collection's, which is made to have them. A test takes
 * what it proves on from here, never from which statement is newest, so it
 * holds whatever the association has published so far.
 */
export function statementsWith(wanted: (statement: Statement, folder: StatementFolder) => boolean): {
  from: StatementFolder;
  found: Statement[];
} {
  for (const from of [siteFolder, fixtureFolder]) {
    const found = from.collection.statements.filter((statement) => wanted(statement, from));
    if (found.length > 0) return {from, found};
  }
  throw new Error('neither the site nor the fixture collection has the statement this test needs');
}

/** Every message of a statement's text in one language, flat (`paragraphs.appeal` → text). */
export function statementMessages(collection: Collection, statement: Statement, locale: Locale): Map<string, string> {
  return messagesOf(collection.text(statement, locale));
}

/** Both collections, for the unit tests that hold for every statement. */
export const collections: [name: string, collection: Collection][] = [
  ['site', siteContent],
  ['fixture', fixtureContent],
];

/** Every translation of every statement of both collections, as test cases. */
export const translationCases = collections.flatMap(([name, collection]) =>
  collection.statements.flatMap((statement) =>
    statement.locales
      .filter((locale) => locale !== statement.originalLocale)
      .map((locale) => ({name: `${name} ${statement.id} ${locale}`, collection, statement, locale})),
  ),
);
