import {readFileSync} from 'node:fs';
import path from 'node:path';
import {fixtureSite, locales, statementAddress} from '../../support/site';
import type {Locale, SourceStatement} from '../../support/site';

// What the fixture site's pages should say, from the sources rather than the
// code that writes the pages: each statement.json of tests/fixtures/content/
// read as the editor wrote it (paragraphs, corrections, outdated
// translations), and the reviewed renderings of every version
// (tests/unit/renderings/fixture/<id>/<locale>.txt) for the text a reader sees.

const testsDirectory = path.join(__dirname, '..', '..', '..');
const statementsDirectory = path.join(testsDirectory, 'fixtures', 'content', 'statements');
const renderingsDirectory = path.join(testsDirectory, 'unit', 'renderings', 'fixture');

type Entry = {
  paragraphs: string[];
  corrections?: string[];
  outdatedTranslations?: Partial<Record<Locale, string[]>>;
};

/** A fixture statement as its folder says it, with what its statement.json adds. */
export type FixtureStatement = SourceStatement & {
  /** Paragraph ids, in order: each one's anchor in every language. */
  paragraphs: string[];
  /** The days the original was corrected, as listed. */
  corrections: string[];
  /** Per translation, the messages published outdated (`paragraphs.figures`). */
  outdated: Partial<Record<Locale, string[]>>;
  /** A message of one version as its reviewed rendering shows it (`title`, `corrections.2024-04-02`, `paragraphs.opening`). */
  shown: (locale: Locale, key: string) => string;
};

function renderingOf(id: string, locale: Locale): Map<string, string> {
  const file = readFileSync(path.join(renderingsDirectory, id, `${locale}.txt`), 'utf8');
  // Blocks of `## key` followed by the text, one blank line between them.
  return new Map(
    file
      .split(/^## /m)
      .filter(Boolean)
      .map((block): [string, string] => {
        const [key = '', ...text] = block.split('\n');
        return [key, text.join('\n').trim()];
      }),
  );
}

export const fixtureStatements: FixtureStatement[] = fixtureSite.statements.map((statement) => {
  const entry = JSON.parse(
    readFileSync(path.join(statementsDirectory, statement.id, 'statement.json'), 'utf8'),
  ) as Entry;
  const renderings = new Map(statement.locales.map((locale) => [locale, renderingOf(statement.id, locale)]));
  return {
    ...statement,
    paragraphs: entry.paragraphs,
    corrections: entry.corrections ?? [],
    outdated: entry.outdatedTranslations ?? {},
    shown: (locale, key) => {
      const text = renderings.get(locale)?.get(key);
      if (text === undefined) throw new Error(`No reviewed rendering of ${key} in ${statement.id} ${locale}`);
      return text;
    },
  };
});

/** Every fixture statement in every language it exists in, with its address. */
export const fixturePages = fixtureStatements.flatMap((statement) =>
  statement.locales.map((locale) => ({statement, locale, path: statementAddress(locale, statement.id)})),
);

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
