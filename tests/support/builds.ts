import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import type {CheerioAPI} from 'cheerio';

// What the tests know of a build: the files it wrote into its out/ (read by
// the built-output tests; the e2e suites compare answers with them and visit its pages),
// and, for what they should say, the sources as the editor wrote them
// (each statement folder's statement.json and <locale>.json) and the reviewed
// renderings of tests/unit/renderings/ (the text a reader sees, figures and
// dates written out, as a person approved it), read here directly rather than
// through the loader and formatters that write the pages.

const root = path.join(__dirname, '..', '..');
const renderingsRoot = path.join(root, 'tests', 'unit', 'renderings');

export const locales = ['sv', 'en', 'az'] as const;
export type Locale = (typeof locales)[number];

/** The origin every absolute URL of a test build names (SITE_URL unset). */
export const origin = 'http://localhost:3000';
export const absolute = (pathname: string) => `${origin}${pathname}`;

export const statementAddress = (locale: string, id: string) => `/${locale}/statements/${id}`;

/** The year a statement was issued in, as statement.json writes it (`2023-09` → `2023`). */
export const yearOf = (statement: {issued: string}) => statement.issued.slice(0, 4);

/**
 * The hreflang alternates, [hreflang, absolute URL] sorted, of a page that exists in every language at
 * `pathOf(locale)` (the archive and its years): x-default is the default language's, English.
 */
export const everyLanguageAlternates = (pathOf: (locale: Locale) => string) =>
  [...locales.map((locale) => [locale, absolute(pathOf(locale))]), ['x-default', absolute(pathOf('en'))]].sort();

/** A statement as its folder says it, and as its reviewed renderings show it. */
export type SourceStatement = {
  id: string;
  original: Locale;
  /** As statement.json writes it: `2023-09` or `2024-03-14`. */
  issued: string;
  /** The languages it exists in (a <locale>.json in its folder), in the site's order. */
  locales: Locale[];
  /** Paragraph ids, in order: each one's anchor in every language. */
  paragraphs: string[];
  /** The days the original was corrected, as listed. */
  corrections: string[];
  /** Per translation, the messages published outdated (`paragraphs.figures`). */
  outdated: Partial<Record<Locale, string[]>>;
  /** A message of one version as its reviewed rendering shows it (`title`, `corrections.2024-04-02`, `paragraphs.opening`). */
  shown: (locale: Locale, key: string) => string;
};

type Entry = {
  original: Locale;
  issued: string;
  paragraphs: string[];
  corrections?: string[];
  outdatedTranslations?: Partial<Record<Locale, string[]>>;
};

/** A reviewed rendering: blocks of `## key` followed by the text, one blank line between them. */
function renderingAt(file: string): Map<string, string> {
  return new Map(
    readFileSync(file, 'utf8')
      .split(/^## /m)
      .filter(Boolean)
      .map((block): [string, string] => {
        const [key = '', ...text] = block.split('\n');
        return [key, text.join('\n').trim()];
      }),
  );
}

function statementsIn(directory: string, renderings: string): SourceStatement[] {
  return readdirSync(directory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map(({name: id}) => {
      const folder = path.join(directory, id);
      const entry = JSON.parse(readFileSync(path.join(folder, 'statement.json'), 'utf8')) as Entry;
      const present = locales.filter((locale) => existsSync(path.join(folder, `${locale}.json`)));
      const shown = new Map(present.map((locale) => [locale, renderingAt(path.join(renderings, id, `${locale}.txt`))]));
      return {
        id,
        original: entry.original,
        issued: entry.issued,
        locales: present,
        paragraphs: entry.paragraphs,
        corrections: entry.corrections ?? [],
        outdated: entry.outdatedTranslations ?? {},
        shown: (locale, key) => {
          const text = shown.get(locale)?.get(key);
          if (text === undefined) throw new Error(`No reviewed rendering of ${key} in ${id} ${locale}`);
          return text;
        },
      };
    });
}

/** One build to read: its out/ folder and the statement folders it was built from. */
export type Build = {
  /** A file of its out/, as text. */
  read: (file: string) => string;
  /** The document that answers `pathname` (`/sv` → out/sv.html), parsed. */
  documentAt: (pathname: string) => CheerioAPI;
  /** Its statements, as their folders and reviewed renderings say them. */
  statements: SourceStatement[];
  outDir: string;
};

function buildAt(out: string, statementsDirectory: string, renderings: string, howToBuild: string): Build {
  let checked = false;
  const read = (file: string) => {
    if (!checked && !existsSync(path.join(out, '404.html'))) {
      throw new Error(`There is no build in ${path.relative(root, out)}/: run \`${howToBuild}\` first.`);
    }
    checked = true;
    return readFileSync(path.join(out, file), 'utf8');
  };
  let statements: SourceStatement[] | undefined;
  return {
    read,
    documentAt: (pathname) => load(read(`${pathname}.html`)),
    get statements() {
      statements ??= statementsIn(statementsDirectory, renderings);
      return statements;
    },
    outDir: out,
  };
}

/** The site as `npm run build` makes it, with the association's statements. */
export const site: Build = buildAt(
  path.join(root, 'out'),
  path.join(root, 'messages', 'statements'),
  path.join(renderingsRoot, 'site'),
  'npm run build',
);

/**
 * The fixture site of scripts/fixture-site.mjs: the same code built with the
 * test statements of tests/fixtures/content/ (several statements, languages
 * missing, other originals, corrections, an outdated translation).
 */
export const fixtureSite: Build = buildAt(
  path.join(root, '.fixture-site', 'out'),
  path.join(root, 'tests', 'fixtures', 'content', 'statements'),
  path.join(renderingsRoot, 'fixture'),
  'node scripts/fixture-site.mjs',
);

/** Every statement of a build in every language it exists in, with its address. */
export const pagesOf = (build: Build) =>
  build.statements.flatMap((statement) =>
    statement.locales.map((locale) => ({statement, locale, path: statementAddress(locale, statement.id)})),
  );

/** The day a statement counts as issued on: its day, or the first of its month (`2023-09` → `2023-09-01`). */
const issuedDay = ({issued}: SourceStatement) => (issued.length === 7 ? `${issued}-01` : issued);

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * In the order the site lists statements (docs/architecture.md): newest first, a month-only date counting as its
 * first day, statements of the same day by id. ISO days order as strings do; so do ids, lowercase a-z, digits and
 * hyphens.
 */
export const newestFirst = (statements: SourceStatement[]) =>
  [...statements].sort((a, b) => compare(issuedDay(b), issuedDay(a)) || compare(a.id, b.id));
