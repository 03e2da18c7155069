// npm run bench [-- --base-url http://127.0.0.1:PORT] [--runs N] [--quick]
//
// Without --base-url: builds the site, serves it with `next start` and with a
// plain static file server (both on 127.0.0.1), and measures per language page:
// first-visit bytes by kind, Lighthouse (mobile and desktop, median of --runs),
// and throughput/latency of /sv from both servers. With --base-url it measures
// that site instead (pages from its /sitemap.xml) and skips the comparison.
// Prints a table and writes bench-results/bench-<time>.json.
import {execFileSync} from 'node:child_process';
import {mkdirSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {firstVisitBytes} from './bytes.mjs';
import {lighthouseScores} from './lighthouse.mjs';
import {load} from './load.mjs';
import {pagesOf, startNext, startStatic} from './servers.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const {values: options} = parseArgs({
  options: {
    'base-url': {type: 'string'},
    runs: {type: 'string', default: '3'},
    quick: {type: 'boolean', default: false},
    'skip-build': {type: 'boolean', default: false},
  },
});
const runs = options.quick ? 1 : Number(options.runs);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const stops = [];
try {
  let baseUrl = options['base-url']?.replace(/\/$/, '');
  let staticUrl;
  if (!baseUrl) {
    if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
    const next = await startNext(3300);
    const plain = await startStatic(3301);
    stops.push(next.stop, plain.stop);
    baseUrl = next.url;
    staticUrl = plain.url;
  }
  const pages = await pagesOf(baseUrl);

  console.log(`\nMeasuring ${pages.join(', ')} on ${baseUrl}`);
  const bytes = await firstVisitBytes(baseUrl, pages);
  const scores = await lighthouseScores(baseUrl, pages, {runs});
  const loadPage = pages.find((page) => page === '/sv') ?? pages[0];
  const duration = options.quick ? 5 : 30;
  const throughput = {next: await load(baseUrl + loadPage, {durationSeconds: duration})};
  if (staticUrl) throughput.static = await load(staticUrl + loadPage, {durationSeconds: duration});

  console.log('\nFirst visit (compressed / decoded)');
  console.table(
    Object.fromEntries(
      Object.entries(bytes).map(([page, kinds]) => [
        page,
        Object.fromEntries(
          ['html', 'css', 'js', 'fonts', 'images', 'other', 'total'].map((kind) => [
            kind,
            kinds[kind] ? `${kb(kinds[kind].compressed)} / ${kb(kinds[kind].raw)}` : '–',
          ]),
        ),
      ]),
    ),
  );
  console.log(`Lighthouse (median of ${runs})`);
  console.table(
    Object.fromEntries(
      Object.entries(scores).flatMap(([page, presets]) =>
        Object.entries(presets).map(([preset, score]) => [`${page} ${preset}`, score]),
      ),
    ),
  );
  console.log(`Load on ${loadPage}, 100 connections, ${duration} s`);
  console.table(throughput);
  if (throughput.static) {
    const ratio = throughput.next['req/s'] / throughput.static['req/s'];
    console.log(`next start serves ${(ratio * 100).toFixed(0)} % of the static server's rate`);
  }

  const results = {date: new Date().toISOString(), baseUrl, runs, bytes, lighthouse: scores, load: throughput};
  mkdirSync(path.join(root, 'bench-results'), {recursive: true});
  const file = path.join(root, 'bench-results', `bench-${results.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(path.join(root, 'bench-results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten to ${path.relative(root, file)}`);
} finally {
  for (const stop of stops) stop();
}
