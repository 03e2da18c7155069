// npm run bench [-- --base-url http://127.0.0.1:PORT] [--runs N] [--desktop-runs N] [--quick] [--skip-build] [--lighthouse-edge-only]
//
// Without --base-url: builds the site and measures it where readers meet it,
// per language page: first-visit bytes by kind and Lighthouse (mobile and
// desktop, median of --runs), both on `next start` alone (origin) and through
// the reference nginx edge of deploy/nginx in front of the standalone server
// (edge: HTTP/2, Brotli); then the throughput and latency of /sv from
// `next start` and from a plain static file server with the same HTML.
// With --base-url it measures that site instead (pages from its /sitemap.xml)
// and skips the comparisons; --lighthouse-edge-only runs Lighthouse on the
// edge alone and skips the load test (bytes are still measured on both: what
// the budgets of npm run bench:check need, as CI runs it). Prints tables, writes
// bench-results/bench-<time>.json and bench-results/latest.json.
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {startEdge} from '../edge/edge.mjs';
import {firstVisitBytes} from './bytes.mjs';
import {lighthouseScores} from './lighthouse.mjs';
import {load} from './load.mjs';
import enhancementScript from '../../lib/site/enhancementScript.json' with {type: 'json'};
import {pagesOf, startNext, startStatic} from '../support/servers.mjs';

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
  },
});
const runs = options.quick ? 1 : Number(options.runs);
const desktopRuns = options.quick ? 1 : Number(options['desktop-runs'] ?? options.runs);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const stops = [];
try {
  const targets = {};
  // Where to read the sitemap and to load-test: plain HTTP, no edge in between.
  let originUrl;
  let staticUrl;
  if (options['base-url']) {
    targets.site = options['base-url'].replace(/\/$/, '');
    originUrl = targets.site;
  } else {
    if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
    const next = await startNext(3300);
    stops.push(next.stop);
    targets.origin = next.url;
    if (!options['lighthouse-edge-only']) {
      const plain = await startStatic(3301);
      stops.push(plain.stop);
      staticUrl = plain.url;
    }
    const edge = await startEdge({http: 8081, https: 8444, app: 3302});
    stops.push(edge.stop);
    targets.edge = edge.url;
    originUrl = targets.origin;
  }
  // The site's one script; any other script a page loads is not ours.
  const isOwnScript = (file) => file.path.startsWith(enhancementScript.urlPath);
  const pages = await pagesOf(originUrl);

  const bytes = {};
  const lighthouse = {};
  for (const [target, url] of Object.entries(targets)) {
    console.log(`\nMeasuring ${pages.join(', ')} on ${url} (${target})`);
    bytes[target] = await firstVisitBytes(url, pages);
    for (const kinds of Object.values(bytes[target])) {
      const files = kinds.files.filter(isOwnScript);
      kinds.ownJs = {compressed: files.reduce((sum, file) => sum + file.compressed, 0), files: files.length};
    }
    if (target !== 'origin' || !options['lighthouse-edge-only'])
      lighthouse[target] = await lighthouseScores(url, pages, {runs: {mobile: runs, desktop: desktopRuns}});
  }
  // A statement page: the heaviest HTML a reader asks for.
  const loadPage = pages.find((page) => page.startsWith('/sv/statements/')) ?? pages[0];
  const duration = options.quick ? 5 : 30;
  const throughput = {};
  if (!options['lighthouse-edge-only']) throughput.next = await load(originUrl + loadPage, {durationSeconds: duration});
  if (staticUrl) throughput.static = await load(staticUrl + loadPage, {durationSeconds: duration});

  for (const [target, url] of Object.entries(targets)) {
    console.log(`\nFirst visit, ${target} (${url}): on the wire / decoded`);
    console.table(
      Object.fromEntries(
        Object.entries(bytes[target]).map(([page, kinds]) => [
          page,
          Object.fromEntries([
            ...['html', 'css', 'js', 'fonts', 'images', 'other', 'total'].map((kind) => [
              kind,
              kinds[kind] ? `${kb(kinds[kind].compressed)} / ${kb(kinds[kind].raw)}` : '–',
            ]),
            ['own js', kb(kinds.ownJs.compressed)],
          ]),
        ]),
      ),
    );
    if (!lighthouse[target]) continue;
    console.log(`Lighthouse, ${target} (median of ${runs} mobile, ${desktopRuns} desktop runs)`);
    console.table(
      Object.fromEntries(
        Object.entries(lighthouse[target]).flatMap(([page, presets]) =>
          Object.entries(presets).map(([preset, score]) => [`${page} ${preset}`, score]),
        ),
      ),
    );
  }
  if (throughput.next) {
    console.log(`\nLoad on ${loadPage}, 100 connections, ${duration} s`);
    console.table(throughput);
  }
  if (throughput.static) {
    const ratio = throughput.next['req/s'] / throughput.static['req/s'];
    console.log(`next start serves ${(ratio * 100).toFixed(0)} % of the static server's rate`);
  }

  const results = {
    date: new Date().toISOString(),
    targets,
    runs,
    desktopRuns,
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
