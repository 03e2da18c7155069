// Throughput and latency from autocannon, bounded in time, on loopback only.
import autocannon from 'autocannon';

/**
 * Loads `url` (or, with `paths`, each of those paths of it in turn) and
 * summarizes: requests/s, p50/p99 latency, errors, timeouts, and responses
 * whose status is not `expectedStatus`.
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
