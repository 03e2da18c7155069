// npm run bench [-- --base-url http://127.0.0.1:PORT] [--runs N] [--desktop-runs N] [--quick] [--skip-build]
//                   [--lighthouse-edge-only] [--lighthouse-kinds] [--load-round-seconds N]
//
// Without --base-url: builds the site (out/) and measures every page kind
// where readers meet it: the sitemap's pages and the 404s (an unknown path in
// one language, one outside every language, and a statement missing in a
// language when the build has one), each for its first-visit bytes by kind
// and Lighthouse (mobile and desktop, median of --runs), on the embedded
// server alone (origin: node scripts/serve/start.mjs, HTTP/1.1, the build's
// Brotli and gzip copies) and on nginx alone over a copy of out/ (edge:
// deploy/nginx, HTTP/2, Brotli). Then the throughput and latency of the
// newest statement in Swedish (in any language while Swedish has none) and
// of a 404 (/sv/nope) on the
// embedded server, on nginx (over HTTPS: its plain-HTTP port only redirects)
// and on a plain static server over the same files, interleaved, 3 × 10 s
// each (--quick: 5 s, and one Lighthouse run). --lighthouse-edge-only runs
// Lighthouse on the edge alone (bytes and throughput are still measured on
// all: what the budgets of npm run bench:check need, as CI runs it).
// --lighthouse-kinds runs Lighthouse on one page of each kind (the front page
// and the statement page of the load test, and each 404):
// the languages of a kind differ in their words only, which the bytes of
// every page (measured on all) and the browser tests of every page hold. With
// --base-url it measures that site instead (pages from its /sitemap.xml, the
// 404s but a missing translation, which only a build shows) and skips the
// comparisons. All servers listen on free ports and serve one copy of out/
// (scripts/bench/snapshot.mjs), so that other work on the machine neither
// answers for them nor rebuilds their files under them. Prints tables,
// writes bench-results/bench-<time>.json and bench-results/latest.json.
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {startEdge} from '../edge/edge.mjs';
import {kb} from './budgets.mjs';
import {firstVisitBytes} from './bytes.mjs';
import {lighthouseScores} from './lighthouse.mjs';
import {interleaved} from './load.mjs';
import {snapshotOfSite} from './snapshot.mjs';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};
import {freePorts, pagesOf, startEmbedded, startStatic} from '../support/servers.mjs';
import {missingTranslations, sitePaths} from '../support/site-paths.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const {values: options} = parseArgs({
  options: {
    'base-url': {type: 'string'},
    runs: {type: 'string', default: '3'},
    // Desktop runs gate only scores that do not move (accessibility, SEO, CLS): fewer can do.
    'desktop-runs': {type: 'string'},
    quick: {type: 'boolean', default: false},
    'skip-build': {type: 'boolean', default: false},
    'lighthouse-edge-only': {type: 'boolean', default: false},
    'lighthouse-kinds': {type: 'boolean', default: false},
    'load-round-seconds': {type: 'string'},
  },
});
const runs = options.quick ? 1 : Number(options.runs);
const desktopRuns = options.quick ? 1 : Number(options['desktop-runs'] ?? options.runs);
// 30 s of load per server and page, in three interleaved rounds of 10 s
// (--load-round-seconds: of that many); --quick: one round of 5 s.
const loadRounds = options.quick ? 1 : 3;
const loadRoundSeconds = options.quick ? 5 : Number(options['load-round-seconds'] ?? 10);

/** @type {(() => void)[]} */
const stops = [];
try {
  /** @type {Partial<Record<'site' | 'origin' | 'edge', string>>} */
  const targets = {};
  // Where to read the sitemap: plain HTTP, no edge in between.
  let originUrl = '';
  // The servers of the throughput comparison, plain HTTP/1.1 each.
  /** @type {Partial<Record<'embedded' | 'nginx' | 'static', string>>} */
  const loadServers = {};
  // The build the servers serve, a copy of out/ (undefined with --base-url).
  let outDir;
  if (options['base-url']) {
    originUrl = options['base-url'].replace(/\/$/, '');
    targets.site = originUrl;
  } else {
    if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
    // freePorts(4) resolves to four ports.
    const [embeddedPort, staticPort, httpPort, httpsPort] = /** @type {[number, number, number, number]} */ (
      await freePorts(4)
    );
    // The same files on every server, one copy of out/, of one build even while others rebuild out/ on this machine.
    const site = await snapshotOfSite();
    stops.push(site.remove);
    outDir = site.outDir;
    const edge = await startEdge({http: httpPort, https: httpsPort}, {site: outDir});
    stops.push(edge.stop);
    const embedded = await startEmbedded(embeddedPort, {outDir});
    stops.push(embedded.stop);
    targets.origin = embedded.url;
    targets.edge = edge.url;
    const plain = await startStatic(staticPort, {outDir});
    stops.push(plain.stop);
    originUrl = embedded.url;
    loadServers.embedded = embedded.url;
    // nginx over HTTPS (HTTP/1.1 with keep-alive: autocannon has no HTTP/2),
    // where it serves the files; its plain-HTTP port only redirects there.
    // The TLS costs it, and autocannon, in this process, decrypting: its
    // rate is a floor of what nginx serves.
    const edgeUrl = new URL(edge.url);
    edgeUrl.hostname = '127.0.0.1'; // where it listens; localhost may resolve to ::1 first
    loadServers.nginx = edgeUrl.origin;
    loadServers.static = plain.url;
  }
  // The site's one script; any other script a page loads is not ours.
  /** @param {import('./bytes.mjs').FileBytes} file */
  const isOwnScript = (file) => file.path.startsWith(enhancementScript.urlPath);
  const sitemapPages = await pagesOf(originUrl);
  // Swedish, the association's own language, where the site has it.
  const languages = sitemapPages.map((page) => page.split('/')[1]);
  const language = languages.includes('sv') ? 'sv' : languages[0];
  const pages = [
    ...sitemapPages.map((page) => ({path: page, kind: 'page', status: 200})),
    {path: `/${language}/nope`, kind: `404 in ${language}`, status: 404},
    {path: '/wp-login.php', kind: '404 in every language', status: 404},
    ...(outDir ? missingTranslations(sitePaths(outDir)).slice(0, 1) : []).map((page) => ({
      path: page,
      kind: 'missing translation (404)',
      status: 404,
    })),
  ];

  // The newest statement in the language of the load test (the sitemap
  // lists them in the collection's order), or in any language while that one
  // has none yet: the heaviest HTML a reader asks for; and a 404, what
  // scanners ask for all day. pagesOf() resolves to one page at least.
  const statementPages = sitemapPages.filter((page) => /^\/[^/]+\/statements\//.test(page));
  const statementPage = /** @type {string} */ (
    statementPages.find((page) => page.startsWith(`/${language}/`)) ?? statementPages[0] ?? sitemapPages[0]
  );
  const lighthousePages = options['lighthouse-kinds']
    ? pages.filter((page) => page.kind !== 'page' || [`/${language}`, statementPage].includes(page.path))
    : pages;

  /** @type {Record<string, Record<string, import('./bytes.mjs').PageBytes & {ownJs?: {compressed: number, files: number}}>>} */
  const bytes = {};
  /** @type {Record<string, Awaited<ReturnType<typeof lighthouseScores>>>} */
  const lighthouse = {};
  for (const [target, url] of Object.entries(targets)) {
    console.log(`\nMeasuring ${pages.map((page) => page.path).join(', ')} on ${url} (${target})`);
    const measured = await firstVisitBytes(url, pages);
    bytes[target] = Object.fromEntries(
      Object.entries(measured).map(([page, kinds]) => {
        const files = kinds.files.filter(isOwnScript);
        const ownJs = {compressed: files.reduce((sum, file) => sum + file.compressed, 0), files: files.length};
        return [page, {...kinds, ownJs}];
      }),
    );
    if (target !== 'origin' || !options['lighthouse-edge-only'])
      lighthouse[target] = await lighthouseScores(url, lighthousePages, {runs: {mobile: runs, desktop: desktopRuns}});
  }

  const loadPages = {statement: {path: statementPage, status: 200}, notFound: {path: `/${language}/nope`, status: 404}};
  /** @type {Record<string, {path: string, status: number, servers: Awaited<ReturnType<typeof interleaved>>}>} */
  const throughput = {};
  if (Object.keys(loadServers).length > 0) {
    for (const [name, {path: page, status}] of Object.entries(loadPages)) {
      console.log(`\nLoad on ${page}: embedded, nginx and static, ${loadRounds} × ${loadRoundSeconds} s each`);
      const servers = Object.fromEntries(Object.entries(loadServers).map(([server, url]) => [server, url + page]));
      throughput[name] = {
        path: page,
        status,
        servers: await interleaved(servers, {
          rounds: loadRounds,
          durationSeconds: loadRoundSeconds,
          expectedStatus: status,
        }),
      };
    }
  }

  const kindOf = Object.fromEntries(pages.map((page) => [page.path, page.kind]));
  for (const [target, url] of Object.entries(targets)) {
    console.log(`\nFirst visit, ${target} (${url}): on the wire / decoded`);
    console.table(
      Object.fromEntries(
        Object.entries(bytes[target] ?? {}).map(([page, kinds]) => [
          page,
          Object.fromEntries([
            ['kind', kindOf[page]],
            ['status', kinds.status],
            .../** @type {const} */ (['html', 'css', 'js', 'fonts', 'images', 'other', 'total']).map((kind) => {
              const sent = kinds[kind];
              return [kind, sent ? `${kb(sent.compressed)} / ${kb(sent.raw)}` : '–'];
            }),
            ['own js', kb(kinds.ownJs?.compressed ?? 0)],
          ]),
        ]),
      ),
    );
    const scores = lighthouse[target];
    if (!scores) continue;
    console.log(`Lighthouse, ${target} (median of ${runs} mobile, ${desktopRuns} desktop runs)`);
    console.table(
      Object.fromEntries(
        Object.entries(scores).flatMap(([page, presets]) =>
          Object.entries(presets).map(([preset, score]) => [`${page} ${preset}`, score]),
        ),
      ),
    );
  }
  for (const {path: page, servers} of Object.values(throughput)) {
    console.log(`\nLoad on ${page}, 100 connections, ${loadRounds * loadRoundSeconds} s per server (interleaved)`);
    console.table(servers);
    const {embedded, nginx, static: plain} = servers;
    if (!embedded || !nginx || !plain) continue;
    /** @param {{'req/s': number}} server */
    const percent = (server) => `${((server['req/s'] / plain['req/s']) * 100).toFixed(0)} %`;
    console.log(`Of the static server's rate: embedded ${percent(embedded)}, nginx ${percent(nginx)}.`);
  }

  const results = {
    date: new Date().toISOString(),
    targets,
    runs,
    desktopRuns,
    pages,
    bytes,
    lighthouse,
    load: throughput,
  };
  mkdirSync(path.join(root, 'bench-results'), {recursive: true});
  const file = path.join(root, 'bench-results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(root, file)}`);
} finally {
  for (const stop of stops.reverse()) stop();
}
