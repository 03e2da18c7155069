import path from 'node:path';
import type {Locale} from 'next-intl';
import {loadCollection} from '../../lib/content/collection';
import type {Collection} from '../../lib/content/collection';
import {messagesOf} from '../../lib/content/sources';
import {statements} from '../../lib/content/statements';
import type {Statement} from '../../lib/content/types';

// The statements the suites iterate over: the site's own (what `npm run build`
// publishes), and the fixture collection under tests/fixtures/content/, which
// exists only to prove what needs more than one statement (never shipped).

export const siteContent: Collection = statements;

export const FIXTURE_STATEMENTS_DIRECTORY = path.join(__dirname, '..', 'fixtures', 'content', 'statements');
export const fixtureContent: Collection = loadCollection(FIXTURE_STATEMENTS_DIRECTORY);

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
