// npm run bench:load [-- --skip-build] [--quick]
//
// Load held: autocannon against the embedded server (npm start:
// scripts/serve/ over out/) on 127.0.0.1, bounded in time. 100 connections
// for 30 s on each page of the sitemap, on / (its redirect) and on two 404s,
// then a 2-minute soak at a fixed rate across the pages while the server's
// memory is sampled. Prints requests/s, p50/p99 latency, errors, timeouts,
// unexpected statuses and the memory trend; exits non-zero unless all of
// those are clean.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {load} from './load.mjs';
import {snapshotOfSite} from './snapshot.mjs';
import {freePorts, pagesOf, startEmbedded} from '../support/servers.mjs';

const root = path.join(import.meta.dirname, '..', '..');
const {values: options} = parseArgs({
  options: {'skip-build': {type: 'boolean', default: false}, quick: {type: 'boolean', default: false}},
});
const burstSeconds = options.quick ? 5 : 30;
const soakSeconds = options.quick ? 20 : 120;
const soakRate = 200;

/**
 * Resident memory of the server process and its descendants, in MB, from /proc.
 * @param {number | undefined} pid
 */
function residentMb(pid) {
  let kb = 0;
  const pending = [pid];
  while (pending.length > 0) {
    const each = pending.pop();
    try {
      kb += Number(readFileSync(`/proc/${each}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0);
      const children = readFileSync(`/proc/${each}/task/${each}/children`, 'utf8').trim();
      if (children) pending.push(...children.split(/\s+/).map(Number));
    } catch {
      // the process is gone
    }
  }
  return kb / 1024;
}

if (!options['skip-build']) execFileSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
const site = await snapshotOfSite();
// freePorts() resolves to as many ports as asked for: one.
const [port] = /** @type {[number]} */ (await freePorts());
const server = await startEmbedded(port, {outDir: site.outDir}).catch((error) => {
  site.remove();
  throw error;
});
/** @type {({load: string} & import('./load.mjs').LoadResult)[]} */
const rows = [];
/** @type {number[]} */
const memory = [];
try {
  const pages = await pagesOf(server.url);
  /** @type {(readonly [page: string, status: number])[]} */
  const bursts = [
    ...pages.map((page) => /** @type {const} */ ([page, 200])),
    ['/', 307],
    ['/sv/nope', 404],
    ['/wp-login.php', 404],
  ];
  for (const [page, expectedStatus] of bursts) {
    const result = await load(server.url + page, {durationSeconds: burstSeconds, expectedStatus});
    rows.push({load: `${page} ×100 for ${burstSeconds} s`, ...result});
  }

  const sampler = setInterval(() => memory.push(residentMb(server.pid)), 1000);
  const soak = await load(server.url, {
    connections: 10,
    overallRate: soakRate,
    durationSeconds: soakSeconds,
    paths: pages,
  });
  clearInterval(sampler);
  rows.push({load: `soak ${soakRate}/s for ${soakSeconds} s`, ...soak});
} finally {
  server.stop();
  site.remove();
}

console.table(rows);
const third = Math.max(1, Math.floor(memory.length / 3));
/** @param {number[]} values */
const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const early = mean(memory.slice(0, third));
const late = mean(memory.slice(-third));
const growth = (late - early) / early;
console.log(
  `memory during the soak: first third ${early.toFixed(0)} MB, last third ${late.toFixed(0)} MB (${(growth * 100).toFixed(1)} %), ` +
    `min ${Math.min(...memory).toFixed(0)} MB, max ${Math.max(...memory).toFixed(0)} MB`,
);

const problems = rows.filter((row) => row.errors || row.timeouts || row.unexpected).map((row) => row.load);
// Flat: the last third of the soak within 10 % of the first third.
if (growth > 0.1) problems.push(`memory grew ${(growth * 100).toFixed(1)} %`);
if (problems.length) {
  console.error(`Load not held: ${problems.join('; ')}`);
  process.exit(1);
}
console.log('Load held: no errors, no timeouts, no unexpected statuses, memory flat.');
