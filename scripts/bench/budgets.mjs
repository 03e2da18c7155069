// The performance budgets (issue #15, docs/benchmarks.md): what bench:check
// gates on every run, and what bench:scale (scripts/bench/scale.mjs) holds a
// thousand statements to.

export const KB = 1024;
/** @param {number} bytes */
export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
/** @satisfies {Record<string, number | Record<string, number>>} */
export const budgets = {
  // A first visit: HTML, CSS, fonts, icon and the site's script, on the wire.
  /** @type {Record<string, number>} */
  firstVisitBytes: {origin: 45 * KB, edge: 40 * KB, site: 40 * KB},
  ownJsBytes: 3 * KB,
  // Any script but the site's own is the framework coming back.
  otherJsBytes: 0,
  // Issue #15 asks for 100 (median) and 99 (every run) with Total Blocking
  // Time 0: on these machines (2 cores, Debian's Chromium 156) no page
  // reaches that, not even one paragraph of HTML with no CSS, font, icon or
  // script (99–100, TBT 0–99 ms: the browser's own tasks of loading and
  // painting, ×4 under Lighthouse's phone). What this build holds there,
  // with a margin for a busy machine (its medians of 9 were 87–96 in CI
  // runs), is gated; with the framework's runtime they were 80–85
  // (docs/benchmarks.md). Every run's score, Total Blocking Time and its
  // share attributed to scripts are printed.
  mobilePerformanceMedian: 85,
  otherCategories: 100,
  // The median: one desktop run in 27 of a CI run measured 0.003, which
  // tests/e2e/stability.spec.ts (zero shift, fonts on time and late) does not see.
  clsMedian: 0,
  // The embedded server's rate on a statement page, as a share of a plain
  // static server's with the same files, measured interleaved in the same
  // run (`next start` served 19–20 % of it); and under that load, as on a
  // 404, not one error, timeout or unexpected status from it or from nginx.
  embeddedOfStaticRate: 0.8,
  // At a thousand statements (npm run bench:scale, issue #23): the cold build at most this many times the real
  // site's in the same run; each feed document under this many bytes (decoded); the front page and an archive year
  // page within firstVisitBytes.origin; a search for one word fetching under this many bytes on a first visit.
  scale: {buildRatio: 12, feedBytes: 100 * KB, searchBytes: 100 * KB},
};
