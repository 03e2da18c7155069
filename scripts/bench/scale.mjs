// npm run bench:scale [-- --statements 1000] [--keep]: what the site costs at
// a thousand statements. Builds two scratch copies of the project in
// .bench-scale/ (scripts/support/project-copy.mjs), cold: one with the real statements, one
// with generated ones in three languages, spread over the years since 2003
// (written by this script into the scratch copy, never into the project,
// never shipped), and prints the build times, the size of out/, and the size
// of the pages and files that could grow with the collection: the front page,
// the largest archive year page, the largest feed document and the sitemap,
// with the first-visit bytes of the first two, and what a search for a word of
// every statement downloads in each language. Then holds them to
// budgets.scale (scripts/bench/budgets.mjs) and exits 1 on a breach.
import {mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {freePorts, startEmbedded} from '../support/servers.mjs';
import {sitePaths} from '../support/site-paths.mjs';
import {load} from '../support/typescript.mjs';
import {buildCopy, copyProject, root} from '../support/project-copy.mjs';
import {budgets, KB, kb} from './budgets.mjs';
import {firstVisitBytes} from './bytes.mjs';

const {values} = parseArgs({options: {statements: {type: 'string', default: '1000'}, keep: {type: 'boolean'}}});
const count = Number(values.statements);
if (!Number.isInteger(count) || count < 1)
  throw new Error(`--statements must be a whole number, got ${values.statements}`);

const {currentSources} = /** @type {typeof import('../../lib/content/sources.ts')} */ (
  await load('lib/content/sources.ts')
);
const {searchIndexPrefix} = /** @type {typeof import('../../lib/routing/paths.ts')} */ (
  await load('lib/routing/paths.ts')
);

const {locales} = /** @type {typeof import('../../i18n/routing.ts')} */ (await load('i18n/routing.ts')).routing;
// Words of each language, with its own letters, for generated text that the fonts and search must handle, and a
// word of it in every generated statement, which a search finds in all; a language without its own gets English.
const english = {title: 'Benchmark statement', text: 'This is generated text for the benchmark; not a statement.'};
/** @type {Partial<Record<string, typeof english>>} */
const ownWords = {
  sv: {title: 'Mätuttalande', text: 'Detta är genererad text för mätningen, med å, ä och ö; inte ett uttalande.'},
  az: {title: 'Ölçmə bəyanatı', text: 'Bu, ölçmə üçün yaradılmış mətndir, ə, ğ, ı, ş, ç hərfləri ilə; bəyanat deyil.'},
};
/** @type {Partial<Record<string, string>>} */
const ownSearchWords = {sv: 'genererad', az: 'ölçmə'};
const words = (/** @type {string} */ locale) => ownWords[locale] ?? english;
const searchWord = (/** @type {string} */ locale) => ownSearchWords[locale] ?? 'generated';
/**
 * `n` in letters (0 → A, 27 → BB): a title may hold no figure but an argument.
 * @param {number} n
 * @returns {string}
 */
function letters(n) {
  return (n < 26 ? '' : letters(Math.floor(n / 26) - 1)) + String.fromCharCode(65 + (n % 26));
}

/**
 * Writes `total` statements into `directory`, one a week or so back from 2026 to 2003, each in all three
 * languages, its original the languages in turn, the translations current.
 * @param {string} directory
 * @param {number} total
 */
function generate(directory, total) {
  const first = Date.UTC(2003, 0, 1);
  const span = Date.UTC(2026, 10, 1) - first;
  for (let index = 0; index < total; index += 1) {
    const day = new Date(first + Math.floor((span * index) / total)).toISOString().slice(0, 10);
    const id = `${day.slice(0, 7)}-benchmark-${letters(index).toLowerCase()}`;
    const original = locales[index % locales.length] ?? 'en';
    const folder = path.join(directory, id);
    mkdirSync(folder, {recursive: true});
    const entry = {issued: day, original, paragraphs: ['first', 'second', 'third'], arguments: {figure: index + 1}};
    writeFileSync(path.join(folder, 'statement.json'), JSON.stringify(entry));
    /** @param {string} locale */
    const text = (locale) => ({
      title: `${words(locale).title} ${letters(index)}`,
      description: words(locale).text,
      paragraphs: {
        first: words(locale).text,
        second: `${words(locale).text} {figure, number}.`,
        third: words(locale).text.repeat(4),
      },
      closing: '—',
      signatory: 'KARABAKH',
      association: 'KARABAKH',
    });
    const originalText = text(original);
    const sources = currentSources({...originalText, corrections: {}});
    for (const locale of locales) {
      const json = locale === original ? originalText : {...text(locale), translatedFrom: sources};
      writeFileSync(path.join(folder, `${locale}.json`), JSON.stringify(json));
    }
  }
}

/** Seconds to build a copy, cold (a fresh copy has no .next/ cache). @param {string} site */
function timedBuild(site) {
  const start = performance.now();
  buildCopy(site, [], 'ignore');
  return (performance.now() - start) / 1000;
}

/** @param {string} directory @returns {number} */
function sizeOf(directory) {
  return sitePaths(directory).reduce((sum, file) => sum + statSync(path.join(directory, file)).size, 0);
}

/** The largest of `files` (paths under out/), and its decoded size. @param {string} out @param {string[]} files */
function largest(out, files) {
  return files
    .map((file) => ({file, bytes: statSync(path.join(out, file)).size}))
    .reduce((a, b) => (b.bytes > a.bytes ? b : a));
}

// Inside the project (git-ignored), where Turbopack finds Next through the copies' node_modules link.
mkdirSync(path.join(root, '.bench-scale'), {recursive: true});
const scratch = mkdtempSync(path.join(root, '.bench-scale', 'run-'));
try {
  const real = path.join(scratch, 'real');
  const scaled = path.join(scratch, 'scaled');
  const generated = path.join(scratch, 'statements');
  generate(generated, count);
  copyProject(real, undefined);
  copyProject(scaled, generated);

  console.log(`Building the real site and ${count} generated statements in ${scratch} (cold, one after the other)…`);
  const realSeconds = timedBuild(real);
  const scaledSeconds = timedBuild(scaled);
  const out = path.join(scaled, 'out');
  const svFiles = sitePaths(path.join(out, 'sv'));
  const yearPage = largest(
    out,
    svFiles.filter((file) => /^\/archive\/\d{4}\.html$/.test(file)).map((file) => `sv${file}`),
  );
  const feeds = [
    'sv/feed.xml',
    ...svFiles.filter((file) => /^\/archive\/\d{4}\/feed\.xml$/.test(file)).map((file) => `sv${file}`),
  ];
  const feed = largest(out, feeds);

  const [port = 0] = await freePorts(1);
  const server = await startEmbedded(port, {outDir: out});
  const pages = ['/sv', `/${yearPage.file.replace(/\.html$/, '')}`];
  const searches = locales.map((locale) => `/${locale}/search?q=${encodeURIComponent(searchWord(locale))}`);
  const firstVisits = await firstVisitBytes(
    server.url,
    [...pages, ...searches].map((pathname) => ({path: pathname})),
  );
  server.stop();
  // What a search fetches on top of its page, on a first visit: Pagefind's library, its WebAssembly, the
  // index's chunk and the fragments of the first results (every generated statement has the word).
  const searchBytes = (/** @type {string} */ pathname) =>
    (firstVisits[pathname]?.files ?? [])
      .filter((file) => file.path.startsWith(searchIndexPrefix))
      .reduce((sum, file) => sum + file.compressed, 0);

  const ratio = scaledSeconds / realSeconds;
  const rows = {
    'build, real site': `${realSeconds.toFixed(0)} s`,
    [`build, ${count} statements`]: `${scaledSeconds.toFixed(0)} s (${ratio.toFixed(1)} × the real site's)`,
    'out/': `${(sizeOf(out) / KB / KB).toFixed(1)} MB`,
    '/sv (decoded)': kb(statSync(path.join(out, 'sv.html')).size),
    [`/${yearPage.file} (decoded), the largest year`]: kb(yearPage.bytes),
    [`${feed.file} (decoded), the largest feed document`]: kb(feed.bytes),
    'sitemap.xml (decoded)': kb(statSync(path.join(out, 'sitemap.xml')).size),
    ...Object.fromEntries(
      pages.map((pathname) => [`first visit ${pathname}`, kb(firstVisits[pathname]?.total.compressed ?? Infinity)]),
    ),
    ...Object.fromEntries(searches.map((pathname) => [`search ${decodeURI(pathname)}`, kb(searchBytes(pathname))])),
  };
  console.table(rows);

  const breaches = [
    ...(ratio > budgets.scale.buildRatio
      ? [`build ${ratio.toFixed(1)} × the real site's > ${budgets.scale.buildRatio}`]
      : []),
    ...(feed.bytes > budgets.scale.feedBytes
      ? [`${feed.file} ${kb(feed.bytes)} > ${kb(budgets.scale.feedBytes)}`]
      : []),
    ...searches.flatMap((pathname) => {
      const bytes = searchBytes(pathname);
      return bytes > budgets.scale.searchBytes || bytes === 0
        ? [`search ${decodeURI(pathname)} ${kb(bytes)} > ${kb(budgets.scale.searchBytes)} (or nothing fetched)`]
        : [];
    }),
    ...pages.flatMap((pathname) => {
      const bytes = firstVisits[pathname]?.total.compressed ?? Infinity;
      const budget = budgets.firstVisitBytes.origin ?? 0;
      return bytes > budget ? [`first visit ${pathname} ${kb(bytes)} > ${kb(budget)}`] : [];
    }),
  ];
  mkdirSync(path.join(root, 'bench-results'), {recursive: true});
  writeFileSync(
    path.join(root, 'bench-results', `scale-${count}.json`),
    `${JSON.stringify({count, rows, breaches}, null, 2)}\n`,
  );
  if (breaches.length > 0) {
    console.error(`Over budget:\n  ${breaches.join('\n  ')}`);
    process.exitCode = 1;
  } else console.log('All scale budgets met.');
} finally {
  if (values.keep) console.log(`Kept ${scratch}`);
  else rmSync(scratch, {recursive: true, force: true});
}
