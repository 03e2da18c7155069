import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';
import type {CheerioAPI} from 'cheerio';

// What the built-output tests read: the files `npm run build` wrote into out/,
// and, for what they should say, the sources as the editor wrote them
// (messages/statements/<id>/), read here directly rather than through the
// loader and formatters that write the pages.

const root = path.join(__dirname, '..', '..', '..');
export const outDir = path.join(root, 'out');

if (!existsSync(path.join(outDir, '404.html'))) {
  throw new Error('There is no build in out/: run `npm run build` before the built-output tests.');
}

/** One build to read: its out/ folder and the statement folders it was built from. */
export type Build = {
  /** A file of its out/, as text. */
  read: (file: string) => string;
  /** The document that answers `pathname` (`/sv` → out/sv.html), parsed. */
  documentAt: (pathname: string) => CheerioAPI;
  /** Its statements, as their folders say them. */
  statements: SourceStatement[];
  outDir: string;
};

function buildAt(out: string, statementsDirectory: string, howToBuild: string): Build {
  const read = (file: string) => {
    if (!existsSync(path.join(out, '404.html'))) {
      throw new Error(`There is no build in ${path.relative(root, out)}/: run \`${howToBuild}\` first.`);
    }
    return readFileSync(path.join(out, file), 'utf8');
  };
  return {
    read,
    documentAt: (pathname) => load(read(`${pathname}.html`)),
    get statements() {
      return statementsIn(statementsDirectory);
    },
    outDir: out,
  };
}

/**
 * The fixture site of scripts/fixture-site.mjs: the same code built with the
 * test statements of tests/fixtures/content/ (several statements, languages
 * missing, other originals, corrections, an outdated translation).
 */
export const fixtureSite: Build = buildAt(
  path.join(root, '.fixture-site', 'out'),
  path.join(root, 'tests', 'fixtures', 'content', 'statements'),
  'node scripts/fixture-site.mjs',
);

/** The origin every absolute URL of a test build names (SITE_URL unset). */
export const origin = 'http://localhost:3000';
export const absolute = (pathname: string) => `${origin}${pathname}`;

export const locales = ['sv', 'en', 'az'] as const;
export type Locale = (typeof locales)[number];

/** A file of out/, as text. */
export const readOut = (file: string) => site.read(file);

/** The document that answers `pathname` (`/sv` → out/sv.html), parsed. */
export const documentAt = (pathname: string): CheerioAPI => site.documentAt(pathname);

/** The plain (argument-free) messages of a statement's text in one language. */
export type StatementText = {title: string; description: string; association: string};

/** A statement as its folder says it: its original, issued date, languages, and each language's title and description. */
export type SourceStatement = {
  id: string;
  original: Locale;
  issued: string;
  locales: Locale[];
  texts: Partial<Record<Locale, StatementText>>;
};

export function statementsIn(directory = path.join(root, 'messages', 'statements')): SourceStatement[] {
  return readdirSync(directory, {withFileTypes: true})
    .filter((entry) => entry.isDirectory())
    .map(({name: id}) => {
      const folder = path.join(directory, id);
      const entry = JSON.parse(readFileSync(path.join(folder, 'statement.json'), 'utf8')) as {
        original: Locale;
        issued: string;
      };
      const present = locales.filter((locale) => existsSync(path.join(folder, `${locale}.json`)));
      const texts = Object.fromEntries(
        present.map((locale) => {
          const {title, description, association} = JSON.parse(
            readFileSync(path.join(folder, `${locale}.json`), 'utf8'),
          ) as StatementText;
          return [locale, {title, description, association}];
        }),
      );
      return {id, original: entry.original, issued: entry.issued, locales: present, texts};
    });
}

export const statementAddress = (locale: string, id: string) => `/${locale}/statements/${id}`;

/** The site as `npm run build` makes it, with the association's statements. */
export const site: Build = buildAt(outDir, path.join(root, 'messages', 'statements'), 'npm run build');
