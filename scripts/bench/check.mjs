// npm run bench:check [-- --from FILE] [--runs N] [bench options]:
// the performance budgets (issue #15, docs/benchmarks.md), checked against a
// fresh bench (or a saved one). Exits non-zero on any breach.
//
// Every page kind is held, the 404s included: the sitemap's pages, an unknown
// path in a language, one outside every language and a missing translation
// (when the build has one). Bytes are held where readers are served from: the
// embedded server on its own (origin: HTTP/1.1, the build's Brotli copies)
// and nginx alone over the same files (edge: deploy/nginx, HTTP/2, Brotli), or
// the site given with --base-url. Lighthouse is held on the edge (or that
// site), and on the embedded server too when the bench measured it there.
// Throughput: the embedded server against a plain static server with the same
// files, on a statement page, in the same run; nginx's rate printed beside.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {budgets, kb} from './budgets.mjs';

const root = path.join(import.meta.dirname, '..', '..');
// Without --from, every argument goes on to the bench (e.g. --skip-build).
// Lighthouse's performance score moves by a point from run to run on the
// same page; Lighthouse's own guidance on variability is the median of five
// runs, so a budget is checked on five unless --runs says otherwise (CI uses
// nine). CLS is held in every run.
const {values: options} = parseArgs({
  options: {
    from: {type: 'string'},
    runs: {type: 'string', default: '5'},
  },
  strict: false,
});
if (!options.from) {
  // --runs N is passed on below with the check's own default.
  const benchArgs = process.argv
    .slice(2)
    .filter((arg, index, args) => arg !== '--runs' && args[index - 1] !== '--runs');
  // Desktop runs gate only accessibility, best practices, SEO and CLS, which
  // do not move between runs (its performance score is printed, not gated):
  // three are enough there, and save CI a third of the Lighthouse time.
  const desktopRuns = benchArgs.includes('--desktop-runs') ? [] : ['--desktop-runs', '3'];
  execFileSync(
    'node',
    [path.join(import.meta.dirname, 'run.mjs'), ...benchArgs, '--runs', String(options.runs), ...desktopRuns],
    {cwd: root, stdio: 'inherit'},
  );
}
// Unknown options are passed on to run.mjs (strict: false), so a value may be a flag's true.
const from = typeof options.from === 'string' ? options.from : path.join(root, 'bench-results', 'latest.json');
const results = JSON.parse(readFileSync(from, 'utf8'));

/** @type {string[]} */
const breaches = [];
/** @type {Record<string, number>} */
const expectedStatus = Object.fromEntries(
  (results.pages ?? []).map((/** @type {{path: string, status: number}} */ page) => [page.path, page.status]),
);
for (const [target, pages] of Object.entries(results.bytes)) {
  for (const [page, kinds] of Object.entries(pages)) {
    const at = `${page} (${target})`;
    // A 404 answered with the site's 200 (or a page with a 404) would be measured as the wrong thing.
    if (expectedStatus[page] && kinds.status !== expectedStatus[page])
      breaches.push(`${at}: answered ${kinds.status}, not ${expectedStatus[page]}`);
    const budget = budgets.firstVisitBytes[target];
    // A target without a budget would pass unmeasured.
    if (budget === undefined) breaches.push(`${at}: no first-visit budget for ${target}`);
    else if (kinds.total.compressed > budget)
      breaches.push(`${at}: first visit ${kb(kinds.total.compressed)} > ${kb(budget)}`);
    const ownJs = kinds.ownJs?.compressed ?? 0;
    if (ownJs > budgets.ownJsBytes) breaches.push(`${at}: own JavaScript ${kb(ownJs)} > ${kb(budgets.ownJsBytes)}`);
    const otherJs = (kinds.js?.compressed ?? 0) - ownJs;
    if (otherJs > budgets.otherJsBytes) breaches.push(`${at}: ${kb(otherJs)} of JavaScript not the site's own`);
  }
}
for (const [target, pages] of Object.entries(results.lighthouse)) {
  for (const [page, presets] of Object.entries(pages)) {
    const at = `${page} (${target})`;
    const {mobile} = presets;
    if (mobile.performance < budgets.mobilePerformanceMedian)
      breaches.push(
        `${at}: mobile performance ${mobile.performance} < ${budgets.mobilePerformanceMedian} (runs: ${mobile.performanceRuns})`,
      );
    for (const [preset, scores] of Object.entries(presets)) {
      for (const category of ['accessibility', 'bestPractices', 'seo']) {
        if (scores[category] < budgets.otherCategories)
          breaches.push(`${at} ${preset}: ${category} ${scores[category]} < ${budgets.otherCategories}`);
      }
      if (scores.cls > budgets.clsMedian)
        breaches.push(`${at} ${preset}: CLS ${scores.cls} (worst run ${scores.clsMax})`);
    }
  }
}

// Throughput, when the bench started the servers itself (not with --base-url).
const load = results.load ?? {};
if (results.targets.origin) {
  const statement = load.statement?.servers;
  if (!statement?.embedded || !statement.static) {
    breaches.push('throughput: the embedded and the static server were not both measured');
  } else {
    const ratio = statement.embedded['req/s'] / statement.static['req/s'];
    if (ratio < budgets.embeddedOfStaticRate)
      breaches.push(
        `${load.statement.path}: the embedded server ${statement.embedded['req/s']} req/s, ` +
          `${(ratio * 100).toFixed(0)} % of the static server's ${statement.static['req/s']} < ${budgets.embeddedOfStaticRate * 100} %`,
      );
  }
  for (const {path: page, servers = {}} of Object.values(load)) {
    for (const name of ['embedded', 'nginx']) {
      const result = servers[name];
      if (!result) breaches.push(`${page} (${name}): not load-tested`);
      else if (result.errors || result.timeouts || result.unexpected)
        breaches.push(
          `${page} (${name}): ${result.errors} errors, ${result.timeouts} timeouts, ${result.unexpected} unexpected statuses under load`,
        );
    }
  }
}

const lighthouseOn = Object.keys(results.lighthouse).join(' and ');
const loadOn = Object.keys(load).length
  ? `, throughput on ${Object.values(load)
      .map(({path: page}) => page)
      .join(' and ')}`
  : '';
console.log(
  `\nBudgets checked: bytes on ${Object.keys(results.bytes).join(' and ')}, Lighthouse on ${lighthouseOn}${loadOn}.`,
);
for (const [target, pages] of Object.entries(results.bytes)) {
  const firstVisits = Object.entries(pages).map(([page, kinds]) => `${page} ${kb(kinds.total.compressed)}`);
  console.log(`First visit (${target}): ${firstVisits.join(', ')}.`);
}
for (const [target, pages] of Object.entries(results.lighthouse)) {
  for (const [page, {mobile}] of Object.entries(pages)) {
    console.log(
      `Mobile (${target}) ${page}: performance ${mobile.performance} (runs ${mobile.performanceRuns}, worst ${mobile.performanceMin}), ` +
        `Total Blocking Time ${mobile.tbtMs} ms (worst ${mobile.tbtMsMax}), of it by scripts at worst ${mobile.scriptBlockingMsMax ?? '–'} ms.`,
    );
  }
}
for (const [target, pages] of Object.entries(results.lighthouse)) {
  for (const [page, presets] of Object.entries(pages)) {
    const excused = [...new Set(Object.values(presets).flatMap((scores) => (scores.excused || '').split(' ')))];
    if (excused.some(Boolean))
      console.log(`A 404 (${target}) ${page}: scored without ${excused.filter(Boolean).join(', ')} (a 404's own).`);
  }
}
for (const {path: page, servers = {}} of Object.values(load)) {
  const plain = servers.static?.['req/s'];
  const rates = ['embedded', 'nginx', 'static']
    .filter((name) => servers[name])
    .map((name) => {
      const {'req/s': rate, 'p99 ms': p99} = servers[name];
      const share = plain && name !== 'static' ? `, ${((rate / plain) * 100).toFixed(0)} % of static` : '';
      return `${name} ${rate} req/s (p99 ${p99} ms${share})`;
    });
  console.log(`Load on ${page}: ${rates.join('; ')}.`);
}
if (breaches.length > 0) {
  console.error(`\nBudgets broken:\n  ${breaches.join('\n  ')}`);
  process.exit(1);
}
console.log('All budgets met.');
