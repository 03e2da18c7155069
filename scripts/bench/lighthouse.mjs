// Lighthouse (the npm package) driving Debian's Chromium: mobile and desktop
// presets, the median of several runs per page. A 404 document is measured
// as the page it is (Lighthouse's ignoreStatusCode), and its SEO and best
// practices are scored without the audits that fault a 404 for being one.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import {chromiumFlags, chromiumPath} from '../support/chromium.mjs';

/** @typedef {import('lighthouse').Result['audits'][string]} Audit */
/** @typedef {Record<string, (audit: Audit, url: string) => boolean>} Excused */
/** @typedef {Awaited<ReturnType<typeof runOnce>>} Sample */

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * The rows of an audit's table (its details' items), whatever their columns.
 * @param {Audit | undefined} audit
 * @returns {Record<string, unknown>[]}
 */
function itemsOf(audit) {
  const details = audit?.details;
  return details && 'items' in details ? /** @type {Record<string, unknown>[]} */ (details.items) : [];
}

// What a 404 document fails by being one: its status (SEO: "unsuccessful
// HTTP status code"), the noindex a 404 carries and the description of a
// search result it never is (SEO), and the console's line about its own 404
// status (best practices: "errors logged to the console").
/** @type {Record<'seo' | 'best-practices', Excused>} */
const notFoundAudits = {
  seo: {
    'http-status-code': () => true,
    'is-crawlable': () => true,
    'meta-description': () => true,
  },
  'best-practices': {
    'errors-in-console': (audit, url) =>
      itemsOf(audit).every(
        (item) =>
          item.source === 'network' && /** @type {{url?: string} | undefined} */ (item.sourceLocation)?.url === url,
      ),
  },
};

/**
 * A category's score as Lighthouse computes it (the weighted mean of its
 * scored audits), with the audits `excused` counted as passed; and the
 * excused audits that had failed.
 * @param {import('lighthouse').Result.Category | undefined} category
 * @param {Record<string, Audit>} audits
 * @param {Excused} excused
 * @param {string} url
 */
function scoreExcusing(category, audits, excused, url) {
  let sum = 0;
  let weights = 0;
  /** @type {string[]} */
  const failedButExcused = [];
  for (const {id, weight} of category?.auditRefs ?? []) {
    const audit = audits[id];
    if (
      !audit ||
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

/**
 * @param {number} port
 * @param {string} url
 * @param {string} preset
 * @param {number} status
 */
async function runOnce(port, url, preset, status) {
  /** @type {import('lighthouse').Flags} */
  const flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    // Without it, Lighthouse refuses a page answered with a 404 (ERRORED_DOCUMENT_REQUEST).
    ignoreStatusCode: status !== 200,
  };
  const result = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse on ${url} (${preset}) returned no result`);
  const {categories, audits, runtimeError} = result.lhr;
  if (runtimeError) throw new Error(`Lighthouse on ${url} (${preset}): ${runtimeError.message}`);
  const excused = status === 404 ? notFoundAudits : {seo: {}, 'best-practices': {}};
  const seo = scoreExcusing(categories.seo, audits, excused.seo, url);
  const bestPractices = scoreExcusing(categories['best-practices'], audits, excused['best-practices'], url);
  /** @param {string} id */
  const metric = (id) => audits[id]?.numericValue ?? Number.NaN;
  // The blocking time of the long tasks Lighthouse attributes to a script
  // (its share of Total Blocking Time; the rest is the browser's own work of
  // loading, laying out and painting the document, which a page without any
  // script has too).
  const scriptTasks = itemsOf(audits['long-tasks']).filter(({url}) => /\.m?js(\?|$)/.test(String(url ?? '')));
  const scriptBlockingMs = scriptTasks.reduce((sum, {duration}) => sum + Math.max(0, Number(duration) - 50), 0);
  // A category that could not be scored (null) counts as 0, and so fails its budget.
  /** @param {import('lighthouse').Result.Category | undefined} category */
  const percent = (category) => Math.round((category?.score ?? 0) * 100);
  return {
    performance: percent(categories.performance),
    accessibility: percent(categories.accessibility),
    bestPractices: bestPractices.score,
    seo: seo.score,
    lcpMs: Math.round(metric('largest-contentful-paint')),
    tbtMs: Math.round(metric('total-blocking-time')),
    scriptBlockingMs: Math.round(scriptBlockingMs),
    cls: Number(metric('cumulative-layout-shift').toFixed(3)),
    excused: [...seo.failedButExcused, ...bestPractices.failedButExcused].join(' '),
  };
}

/**
 * Lighthouse now and then fails to record a trace (NO_NAVSTART): try again, up to three times.
 * @template T
 * @param {() => Promise<T>} run
 * @returns {Promise<T>}
 */
async function withRetries(run, attempts = 3) {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts) throw error;
      console.warn(`${error instanceof Error ? error.message : String(error)}; retrying`);
    }
  }
}

/**
 * `pages`: `[{path, status}]`, the status the page is answered with (200, or
 * 404 for a 404 document); `runs` per preset: `{mobile: 9, desktop: 3}`.
 * @param {string} baseUrl
 * @param {{path: string, status: number}[]} pages
 * @param {{runs?: Record<string, number>}} [options]
 */
export async function lighthouseScores(baseUrl, pages, {runs = {mobile: 3, desktop: 3}} = {}) {
  // The bench's edge has a throwaway certificate.
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: [...chromiumFlags, '--ignore-certificate-errors'],
  });
  /** @type {Record<string, Record<string, Record<string, number | string>>>} */
  const results = {};
  try {
    for (const {path: pathname, status} of pages) {
      for (const [preset, count] of Object.entries(runs)) {
        /** @type {Sample[]} */
        const samples = [];
        for (let run = 0; run < count; run += 1)
          samples.push(await withRetries(() => runOnce(chrome.port, baseUrl + pathname, preset, status)));
        /** @type {Record<string, number | string>} */
        const summary = {};
        const numeric = /** @type {const} */ ([
          'performance',
          'accessibility',
          'bestPractices',
          'seo',
          'lcpMs',
          'tbtMs',
          'scriptBlockingMs',
          'cls',
        ]);
        if (samples.length === 0) throw new Error(`--runs must be 1 or more (${preset}: ${count})`);
        for (const key of numeric) summary[key] = median(samples.map((sample) => sample[key])) ?? Number.NaN;
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
