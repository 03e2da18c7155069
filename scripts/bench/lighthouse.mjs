// Lighthouse (the npm package) driving Debian's Chromium: mobile and desktop
// presets, the median of several runs per page.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {chromiumFlags, chromiumPath} from '../support/chromium.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function runOnce(port, url, preset) {
  const flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const {categories, audits, runtimeError} = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${url} (${preset}): ${runtimeError.message}`);
  const metric = (id) => audits[id]?.numericValue ?? Number.NaN;
  // The blocking time of the long tasks Lighthouse attributes to a script
  // (its share of Total Blocking Time; the rest is the browser's own work of
  // loading, laying out and painting the document, which a page without any
  // script has too).
  const scriptTasks = (audits['long-tasks']?.details?.items ?? []).filter(({url}) => /\.m?js(\?|$)/.test(url ?? ''));
  const scriptBlockingMs = scriptTasks.reduce((sum, {duration}) => sum + Math.max(0, duration - 50), 0);
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    bestPractices: Math.round(categories['best-practices'].score * 100),
    seo: Math.round(categories.seo.score * 100),
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    scriptBlockingMs: Math.round(scriptBlockingMs),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
  };
}

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): try again, up to three times. */
async function withRetries(run, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`${error.message}; retrying`);
    }
  }
}

/** `runs` per preset: `{mobile: 9, desktop: 3}`. */
export async function lighthouseScores(baseUrl, paths, {runs = {mobile: 3, desktop: 3}} = {}) {
  // The bench's edge has a throwaway certificate.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags, '--ignore-certificate-errors'],
  });
  const results = {};
  try {
    for (const pathname of paths) {
      for (const [preset, count] of Object.entries(runs)) {
        const samples = [];
        for (let run = 0; run < count; run += 1)
          samples.push(await withRetries(() => runOnce(chrome.port, baseUrl + pathname, preset)));
        const summary = {};
        for (const key of Object.keys(samples[0])) summary[key] = median(samples.map((sample) => sample[key]));
        // Every run's performance score too, so a median can be read with its spread,
        // and the worst run of what a budget holds in every run.
        summary.performanceRuns = samples.map((sample) => sample.performance).join(' ');
        summary.performanceMin = Math.min(...samples.map((sample) => sample.performance));
        summary.tbtMsMax = Math.max(...samples.map((sample) => sample.tbtMs));
        summary.scriptBlockingMsMax = Math.max(...samples.map((sample) => sample.scriptBlockingMs));
        summary.clsMax = Math.max(...samples.map((sample) => sample.cls));
        (results[pathname] ??= {})[preset] = summary;
      }
    }
  } finally {
    chrome.kill();
  }
  return results;
}
