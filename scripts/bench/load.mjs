// Throughput and latency from autocannon, bounded in time, on loopback only.
import autocannon from 'autocannon';

/** @typedef {{connections?: number, durationSeconds?: number, overallRate?: number, paths?: string[], expectedStatus?: number}} LoadOptions */
/** @typedef {Awaited<ReturnType<typeof load>>} LoadResult */

/**
 * Loads `url` (or, with `paths`, each of those paths of it in turn) and
 * summarizes: requests/s, p50/p99 latency, errors, timeouts, and responses
 * whose status is not `expectedStatus`.
 * @param {string} url
 * @param {LoadOptions} [options]
 */
export async function load(
  url,
  {connections = 100, durationSeconds = 30, overallRate, paths, expectedStatus = 200} = {},
) {
  const result = await autocannon({
    url,
    connections,
    duration: durationSeconds,
    timeout: 10,
    ...(overallRate ? {overallRate} : {}),
    ...(paths ? {requests: paths.map((path) => ({method: 'GET', path}))} : {}),
  });
  const statuses = Object.entries(result.statusCodeStats ?? {});
  const requests = statuses.reduce((sum, [, {count}]) => sum + count, 0);
  const expected = statuses.find(([status]) => Number(status) === expectedStatus)?.[1].count ?? 0;
  return {
    'req/s': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    unexpected: requests - expected,
    requests,
  };
}

/**
 * The same load on each server of `servers` (`{name: url}`), interleaved: in
 * `rounds` of `durationSeconds` each, the servers one after the other, each
 * round starting one server further on, so that what else the machine does
 * falls on all of them alike. Per server: the mean rate of its rounds and
 * each round's, the median p50, the worst p99, and errors, timeouts,
 * unexpected statuses and requests summed.
 * @param {Record<string, string>} servers
 * @param {LoadOptions & {rounds?: number}} [options]
 */
export async function interleaved(servers, {rounds = 1, durationSeconds = 30, ...options} = {}) {
  /** @type {{name: string, url: string, results: LoadResult[]}[]} */
  const samples = Object.entries(servers).map(([name, url]) => ({name, url, results: []}));
  for (let round = 0; round < rounds; round += 1) {
    for (let step = 0; step < samples.length; step += 1) {
      const sample = samples[(round + step) % samples.length];
      if (sample) sample.results.push(await load(sample.url, {...options, durationSeconds}));
    }
  }
  /** @type {(results: LoadResult[], key: 'req/s' | 'errors' | 'timeouts' | 'unexpected' | 'requests') => number} */
  const sum = (results, key) => results.reduce((total, result) => total + result[key], 0);
  /** @param {number[]} values */
  const sorted = (values) => [...values].sort((a, b) => a - b);
  return Object.fromEntries(
    samples.map(({name, results}) => [
      name,
      {
        'req/s': Math.round(sum(results, 'req/s') / results.length),
        rounds: results.map((result) => result['req/s']).join(' '),
        'p50 ms': sorted(results.map((result) => result['p50 ms']))[Math.floor(results.length / 2)],
        'p99 ms': Math.max(...results.map((result) => result['p99 ms'])),
        errors: sum(results, 'errors'),
        timeouts: sum(results, 'timeouts'),
        unexpected: sum(results, 'unexpected'),
        requests: sum(results, 'requests'),
      },
    ]),
  );
}
