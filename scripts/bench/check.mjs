// npm run bench:check: the performance budgets, checked against a fresh bench
// (or, with --from FILE, against a saved one). Exits non-zero on any breach.
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';

const root = path.join(import.meta.dirname, '..', '..');
const {values: options} = parseArgs({options: {from: {type: 'string'}}});
if (!options.from) execFileSync('node', [path.join(import.meta.dirname, 'run.mjs')], {cwd: root, stdio: 'inherit'});
const results = JSON.parse(readFileSync(options.from ?? path.join(root, 'bench-results', 'latest.json'), 'utf8'));

const budgets = {
  firstVisitCompressedBytes: 170 * 1024,
  mobilePerformance: 98,
  otherCategories: 100,
  cls: 0,
};

const breaches = [];
for (const [page, kinds] of Object.entries(results.bytes)) {
  if (kinds.total.compressed > budgets.firstVisitCompressedBytes) {
    breaches.push(`${page}: first visit ${(kinds.total.compressed / 1024).toFixed(1)} KB > 170 KB`);
  }
}
for (const [page, presets] of Object.entries(results.lighthouse)) {
  const mobile = presets.mobile;
  if (mobile.performance < budgets.mobilePerformance)
    breaches.push(`${page}: mobile performance ${mobile.performance} < 98`);
  for (const [preset, scores] of Object.entries(presets)) {
    for (const category of ['accessibility', 'bestPractices', 'seo']) {
      if (scores[category] < budgets.otherCategories)
        breaches.push(`${page} ${preset}: ${category} ${scores[category]} < 100`);
    }
    if (scores.cls > budgets.cls) breaches.push(`${page} ${preset}: CLS ${scores.cls} > 0`);
  }
}

if (breaches.length > 0) {
  console.error(`\nBudgets broken:\n  ${breaches.join('\n  ')}`);
  process.exit(1);
}
console.log('\nAll budgets met.');
