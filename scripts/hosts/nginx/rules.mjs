// lib/routing's path rules as PCRE, for the maps and locations of
// karabakh.conf (site.mjs), and agreement(), which holds them to
// lib/routing's own functions on a few thousand paths and throws where they
// differ (docs/architecture.md, "The rules"). `\z` is the end of the path (`$`
// would also match before a final newline, %0A).
import {contentTypes} from './mime-types.mjs';
import {paths, routing, target} from './routing-modules.mjs';

const {
  contentTypeOf,
  hiddenExtensions,
  hostFiles,
  immutablePrefixes,
  isHiddenFile,
  isImmutable,
  isLanguageLess,
  isSearchPage,
  missingTranslationSegments,
  NOT_FOUND,
  notFoundDocuments,
} = paths;
const {originForm} = target;

/** @param {string} value */
const escape = (value) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** @param {readonly string[]} values */
const alternatives = (values) => values.map(escape).join('|');
const locales = alternatives(routing.locales);
/** The segment of a statement's address, before its id. */
export const [statements] = missingTranslationSegments('');

export const rules = {
  /** isHiddenFile(): a page's .html, the precompressed copies, the 404 documents, the static hosts' files. */
  hidden: `(?:\\.(?:${alternatives(hiddenExtensions)})|/${NOT_FOUND})\\z|^(?:${alternatives(hostFiles)})\\z`,
  /** answer(): the first segment is a language. */
  inALanguage: `^/(?:${locales})(?:/|\\z)`,
  /** answer(): under the immutable prefixes (`${path}/` starts with one), or anything of /_next. */
  underFiles: [
    ...immutablePrefixes.map((prefix) => `^${escape(prefix.replace(/\/$/, ''))}(?:/|\\z)`),
    '^/_next(?:/|\\z)',
  ],
  /** looksLikePage(): the last segment has no dot. */
  pageLike: '/[^/.]*\\z',
  /** The files named by their content's hash (immutablePrefixes). */
  immutable: immutablePrefixes.map((prefix) => `^${escape(prefix)}`),
  /** notFoundDocuments(): a statement missing in a language, then the language's 404, then the site's. */
  statementNotFound: `^/(?<karabakh_locale>${locales})/${statements}/(?<karabakh_id>[^/]+)(?:/${NOT_FOUND})?\\z`,
  languageNotFound: `^/(?<karabakh_locale>${locales})(?:/|\\z)`,
  /** contentTypeOf(): a feed, by its name. */
  feed: '/feed\\.xml\\z',
  /** isSearchPage(): the document with its own policy. */
  searchPage: `^/(?:${locales})/search\\.html\\z`,
  /**
   * originForm() (lib/routing/target.ts), on the request line ($request): an
   * absolute-form target of another scheme than http(s), which nginx takes
   * (ftp://host/sv) and originForm() does not. Case-insensitive.
   */
  otherScheme: '^[^ ]+ (?!https?://)[a-z][a-z0-9+.-]*://',
  /** originForm(), on the request line: a byte outside ASCII, which nginx takes as part of the path. */
  notAscii: '[\\x80-\\xff]',
};

/**
 * A PCRE of `rules` as a JavaScript RegExp, for agreement().
 * @param {string} pcre
 */
const asJs = (pcre) => new RegExp(pcre.replaceAll('\\z', '$'));
const js = {
  hidden: asJs(rules.hidden),
  inALanguage: asJs(rules.inALanguage),
  underFiles: rules.underFiles.map(asJs),
  pageLike: asJs(rules.pageLike),
  immutable: rules.immutable.map(asJs),
  statementNotFound: asJs(rules.statementNotFound),
  languageNotFound: asJs(rules.languageNotFound),
  feed: asJs(rules.feed),
  searchPage: asJs(rules.searchPage),
};

/**
 * What the nginx rules say of `path`, in the terms of lib/routing's functions.
 * @param {string} path
 */
function nginxSays(path) {
  /** @param {RegExp} regex */
  const matches = (regex) => regex.test(path);
  const statement = js.statementNotFound.exec(path)?.groups;
  const language = js.languageNotFound.exec(path)?.groups;
  return {
    hidden: matches(js.hidden),
    languageLess: !matches(js.inALanguage) && !js.underFiles.some(matches) && matches(js.pageLike),
    immutable: js.immutable.some(matches),
    notFoundDocuments: [
      ...(statement ? [`/${statement.karabakh_locale}/${statements}/${statement.karabakh_id}/${NOT_FOUND}.html`] : []),
      ...(language ? [`/${language.karabakh_locale}/${NOT_FOUND}.html`] : []),
      `/${NOT_FOUND}.html`,
    ],
    feed: matches(js.feed),
    searchPage: matches(js.searchPage),
  };
}

/**
 * What lib/routing says of `path`.
 * @param {string} path
 */
function routingSays(path) {
  return {
    hidden: isHiddenFile(path),
    languageLess: isLanguageLess(path, routing.locales),
    immutable: isImmutable(path),
    notFoundDocuments: notFoundDocuments(path, routing.locales),
    feed: contentTypeOf(path) === contentTypeOf('/feed.xml'),
    searchPage: isSearchPage(path, routing.locales),
  };
}

/** Paths of one to three segments (four in a statement) made of the names the rules turn on, and some they must not. */
function samplePaths() {
  const names = [
    ...routing.locales,
    'xx',
    statements,
    'id',
    NOT_FOUND,
    `${NOT_FOUND}.html`,
    '_next',
    'static',
    ...immutablePrefixes.map((prefix) => prefix.split('/').filter(Boolean).at(-1)),
    'a.html',
    'a.br',
    'a.gz',
    'a.rsc',
    'feed.xml',
    'xfeed.xml',
    'search.html',
    'search',
    ...hostFiles.map((file) => file.slice(1)),
    '_worker',
    '_routes.jsonx',
    '.env',
  ];
  /** @type {string[]} */
  const sample = [];
  /** @type {(prefix: string, depth: number) => void} */
  const grow = (prefix, depth) => {
    for (const name of names) {
      sample.push(`${prefix}/${name}`);
      if (depth > 1) grow(`${prefix}/${name}`, depth - 1);
    }
  };
  grow('', 3);
  // A fourth segment where it matters: after /<locale>/statements/<id>.
  for (const locale of routing.locales) for (const id of names) grow(`/${locale}/${statements}/${id}`, 1);
  return [...sample, ...immutablePrefixes, ...immutablePrefixes.map((prefix) => `${prefix}x/y.js`)];
}

/** Throws unless the nginx rules and lib/routing agree on every sample path. */
export function agreement() {
  for (const path of samplePaths()) {
    const nginx = JSON.stringify(nginxSays(path));
    const routingRules = JSON.stringify(routingSays(path));
    if (nginx !== routingRules) {
      throw new Error(
        `The nginx rules disagree with lib/routing on ${path}:\n  nginx:       ${nginx}\n  lib/routing: ${routingRules}`,
      );
    }
  }
  /** @type {[what: string, rule: RegExp, targets: string[]][]} */
  const requestLineRules = [
    [
      'request targets',
      new RegExp(rules.otherScheme, 'i'),
      ['http://e/sv', 'HTTPS://e', 'ftp://e/sv', 'FTP://e/', 'ws://e/', 'h2c://e/', 'httpx://e/'],
    ],
    ['bytes outside ASCII', new RegExp(rules.notAscii), ['/sv/\xff', '/\u00e5', '/sv', '/%C3%A5', '/~!$&()*+,;=:@']],
  ];
  for (const [what, rule, targets] of requestLineRules) {
    for (const requestTarget of targets) {
      if (rule.test(`GET ${requestTarget} HTTP/1.1`) !== (originForm(requestTarget) === undefined)) {
        throw new Error(`The nginx rule for ${what} disagrees with originForm() on ${requestTarget}`);
      }
    }
  }
  /** @type {[file: string, type: string][]} */
  const typedFiles = [
    ['/sv/feed.xml', contentTypes.feed],
    ['/sv/manifest.webmanifest', contentTypes.manifest],
    ['/sv.html', contentTypes.page],
  ];
  for (const [file, type] of typedFiles) {
    if (contentTypeOf(file) !== type) {
      throw new Error(`contentTypeOf(${file}) is ${contentTypeOf(file)}: mime-types.mjs says ${type}`);
    }
  }
}
