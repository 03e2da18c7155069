// Every path of the repository that the documentation or a source comment names exists, and every relative link of
// the documentation leads to a file (and heading) inside the repository: a file moved or renamed without its
// references goes red here, not in a reader's hands.
//
// What counts as a path: a word that starts with one of the repository's own top-level entries (`lib/`, `tests/`,
// `package.json`…), so that example addresses and relative names (`[locale]/page.tsx`, `/sv/feed.xml`) are not taken
// for one. A placeholder (`messages/statements/<id>/`, `public/enhance/*.js`) makes the rest a pattern: the folder
// before it must exist. A path that .gitignore leaves out (`out/`, `public/enhance/`) is what a build writes, not a
// file of the repository. A `text` block of the docs is what a command printed in an example run, not a reference.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, readFileSync, statSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const git = (...args: string[]) => execFileSync('git', args, {cwd: root, encoding: 'utf8'});

const files = git('ls-files', '--cached', '--others', '--exclude-standard', '-z')
  .split('\0')
  // A link to a folder (node_modules in a scratch copy of the project, scripts/support/project-copy.mjs) is no file.
  .filter((file) => file !== '' && existsSync(path.join(root, file)) && statSync(path.join(root, file)).isFile());
const folders = new Set(
  files.flatMap((file) =>
    file
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);
const topLevel = [...new Set(files.map((file) => file.replace(/\/.*/s, '')))];

function exists(repositoryPath: string): boolean {
  const trimmed = repositoryPath.replace(/\/$/, '');
  return files.includes(trimmed) || folders.has(trimmed);
}

/** Those of the paths that .gitignore leaves out. */
function ignored(repositoryPaths: string[]): Set<string> {
  const result = spawnSync('git', ['check-ignore', '--no-index', '--stdin'], {
    cwd: root,
    input: repositoryPaths.join('\n'),
    encoding: 'utf8',
  });
  return new Set(result.stdout.split('\n'));
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// Not after a letter, a slash, a dot or a dash: `../lib/x`, `https://host/docs/x` and `@/lib/x` are other things.
const pathPattern = new RegExp(
  `(?<![\\w./@:~-])(?:${topLevel.map(escape).join('|')})(?:/[\\w.\\-\\[\\]<>{}*…]+)*/?`,
  'g',
);
const placeholder = /[<>{}*…]/;

/** The repository paths a text names, each cut at its first placeholder to the folder before it. */
function namedPaths(text: string): string[] {
  return [...text.matchAll(pathPattern)].flatMap(([match]) => {
    let named = match.replace(/[.,:;]+$/, '');
    // The bracket that closes a link's text, not one of a segment like `[locale]`.
    while (named.endsWith(']') && named.split('[').length < named.split(']').length) named = named.slice(0, -1);
    const cut = named.search(placeholder);
    if (cut >= 0) named = named.slice(0, named.lastIndexOf('/', cut) + 1);
    return named.includes('/') || topLevel.includes(named) ? [named] : [];
  });
}

const {SyntaxKind} = ts;
// After these a slash divides; elsewhere it opens a regular expression (the scanner alone cannot tell).
const valueEnds = new Set([
  SyntaxKind.Identifier,
  SyntaxKind.NumericLiteral,
  SyntaxKind.StringLiteral,
  SyntaxKind.NoSubstitutionTemplateLiteral,
  SyntaxKind.TemplateTail,
  SyntaxKind.RegularExpressionLiteral,
  SyntaxKind.CloseParenToken,
  SyntaxKind.CloseBracketToken,
  SyntaxKind.CloseBraceToken,
  SyntaxKind.ThisKeyword,
]);

/** The comments of a TypeScript or JavaScript file, by TypeScript's scanner: never the inside of a string. */
function scriptComments(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const comments: string[] = [];
  const openBraces: ('block' | 'template')[] = [];
  let previous = SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SyntaxKind.SingleLineCommentTrivia || kind === SyntaxKind.MultiLineCommentTrivia) {
      comments.push(scanner.getTokenText());
      continue;
    }
    if (kind === SyntaxKind.WhitespaceTrivia || kind === SyntaxKind.NewLineTrivia) continue;
    if ((kind === SyntaxKind.SlashToken || kind === SyntaxKind.SlashEqualsToken) && !valueEnds.has(previous)) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === SyntaxKind.TemplateHead) openBraces.push('template');
    else if (kind === SyntaxKind.OpenBraceToken) openBraces.push('block');
    else if (kind === SyntaxKind.CloseBraceToken && openBraces.pop() === 'template') {
      kind = scanner.reScanTemplateToken(false);
      if (kind === SyntaxKind.TemplateMiddle) openBraces.push('template');
    }
    previous = kind;
  }
  return comments;
}

/** What of a file is documentation or comment, by its kind; undefined for a file that has neither. */
function prose(file: string): string | undefined {
  const text = readFileSync(path.join(root, file), 'utf8');
  if (/\.(ts|tsx|mts|mjs|js)$/.test(file)) return scriptComments(text).join('\n');
  if (file.endsWith('.css')) return text.match(/\/\*[\s\S]*?\*\//g)?.join('\n') ?? '';
  if (/\.(sh|conf)$/.test(file) || file === '.ci/run') return text.match(/#.*/g)?.join('\n') ?? '';
  // A statement's letter as received is content, not documentation.
  if (file.endsWith('.md') && !file.endsWith('/received.md')) return text.replace(/^```text\n[\s\S]*?^```$/gm, '');
  return undefined;
}

const documents = files.filter((file) => file.endsWith('.md') && !file.endsWith('/received.md'));

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchors(markdownFile: string): Set<string> {
  const text = readFileSync(path.join(root, markdownFile), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
  return new Set(
    [...text.matchAll(/^#{1,6} (.+)$/gm)].map(([heading]) =>
      heading
        .replace(/^#+ /, '')
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replaceAll(' ', '-'),
    ),
  );
}

describe('references', () => {
  it('finds the paths of its own examples, and only those', () => {
    expect(namedPaths('see lib/routing/paths.ts, and [the guide](docs/publishing.md).')).toEqual([
      'lib/routing/paths.ts',
      'docs/publishing.md',
    ]);
    expect(namedPaths('`messages/statements/<id>/statement.json` and app/[locale]/page.tsx')).toEqual([
      'messages/statements/',
      'app/[locale]/page.tsx',
    ]);
    expect(namedPaths('../../lib/x.ts, https://example.org/docs/x, @/lib/y, [locale]/page.tsx, /sv/feed.xml')).toEqual(
      [],
    );
  });

  it('every repository path that the docs and source comments name exists', () => {
    const named = files.flatMap((file) => namedPaths(prose(file) ?? '').map((namedPath) => ({file, namedPath})));
    const absent = named.filter(({namedPath}) => !exists(namedPath));
    const buildOutput = ignored(absent.map(({namedPath}) => namedPath));
    const missing = absent.filter(({namedPath}) => !buildOutput.has(namedPath));
    expect(missing.map(({file, namedPath}) => `${file} names ${namedPath}`)).toEqual([]);
  });

  it('every relative link of the docs leads to a file, and heading, inside the repository', () => {
    const broken = documents.flatMap((document) => {
      const text = readFileSync(path.join(root, document), 'utf8').replace(/^```[\s\S]*?^```$/gm, '');
      return [...text.matchAll(/(?<=\]\()[^)\s]+(?=\))/g)]
        .map(([target]) => target)
        .filter((target) => !/^[a-z]+:/i.test(target))
        .filter((target) => {
          const [file = '', anchor] = target.split('#');
          const resolved =
            file === '' ? document : path.posix.normalize(path.posix.join(path.posix.dirname(document), file));
          if (resolved.startsWith('../') || !exists(resolved)) return true;
          return anchor !== undefined && (!resolved.endsWith('.md') || !anchors(resolved).has(anchor));
        })
        .map((target) => `${document} links to ${target}`);
    });
    expect(broken).toEqual([]);
  });
});
