// Lighthouse (the npm package) driving Debian's Chromium: mobile and desktop
// presets, the median of several runs per page. A 404 document is measured
// as the page it is (Lighthouse's ignoreStatusCode), and its SEO and best
// practices are scored without the audits that fault a 404 for being one.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {chromiumFlags, chromiumPath} from '../support/chromium.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// What a 404 document fails by being one: its status (SEO: "unsuccessful
// HTTP status code"), the noindex a 404 carries and the description of a
// search result it never is (SEO), and the console's line about its own 404
// status (best practices: "errors logged to the console").
const notFoundAudits = {
  seo: {
    'http-status-code': () => true,
    'is-crawlable': () => true,
    'meta-description': () => true,
  },
  'best-practices': {
    'errors-in-console': (audit, url) =>
      (audit.details?.items ?? []).every((item) => item.source === 'network' && item.sourceLocation?.url === url),
  },
};

/**
 * A category's score as Lighthouse computes it (the weighted mean of its
 * scored audits), with the audits `excused` counted as passed; and the
 * excused audits that had failed.
 */
function scoreExcusing(category, audits, excused, url) {
  let sum = 0;
  let weights = 0;
  const failedButExcused = [];
  for (const {id, weight} of category.auditRefs) {
    const audit = audits[id];
    if (
      weight === 0 ||
      audit.score === null ||
      ['notApplicable', 'informative', 'manual'].includes(audit.scoreDisplayMode)
    )
      continue;
    const passes = audit.score === 1 || excused[id]?.(audit, url) === true;
    if (audit.score < 1 && passes) failedButExcused.push(id);
    sum += (passes ? 1 : audit.score) * weight;
    weights += weight;
  }
  return {score: Math.round((weights ? sum / weights : 0) * 100), failedButExcused};
}

async function runOnce(port, url, preset, status) {
  const flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    // Without it, Lighthouse refuses a page answered with a 404 (ERRORED_DOCUMENT_REQUEST).
    ignoreStatusCode: status !== 200,
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  const {categories, audits, runtimeError} = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${url} (${preset}): ${runtimeError.message}`);
  const excused = status === 404 ? notFoundAudits : {};
  const seo = scoreExcusing(categories.seo, audits, excused.seo ?? {}, url);
  const bestPractices = scoreExcusing(categories['best-practices'], audits, excused['best-practices'] ?? {}, url);
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
    bestPractices: bestPractices.score,
    seo: seo.score,
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    scriptBlockingMs: Math.round(scriptBlockingMs),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    excused: [...seo.failedButExcused, ...bestPractices.failedButExcused].join(' '),
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

/**
 * `pages`: `[{path, status}]`, the status the page is answered with (200, or
 * 404 for a 404 document); `runs` per preset: `{mobile: 9, desktop: 3}`.
 */
export async function lighthouseScores(baseUrl, pages, {runs = {mobile: 3, desktop: 3}} = {}) {
  // The bench's edge has a throwaway certificate.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags, '--ignore-certificate-errors'],
  });
  const results = {};
  try {
    for (const {path: pathname, status} of pages) {
      for (const [preset, count] of Object.entries(runs)) {
        const samples = [];
        for (let run = 0; run < count; run += 1)
          samples.push(await withRetries(() => runOnce(chrome.port, baseUrl + pathname, preset, status)));
        const summary = {};
        for (const key of Object.keys(samples[0])) {
          if (key !== 'excused') summary[key] = median(samples.map((sample) => sample[key]));
        }
        // The audits a 404 was excused in any run.
        summary.excused = [...new Set(samples.flatMap((sample) => sample.excused.split(' ').filter(Boolean)))].join(
          ' ',
        );
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
