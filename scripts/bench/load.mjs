// Throughput and latency from autocannon, bounded in time, on loopback only.
import autocannon from 'autocannon';

export async function load(url, {connections = 50, durationSeconds = 10} = {}) {
  const result = await autocannon({url, connections, duration: durationSeconds, timeout: 10});
  return {
    url,
    connections,
    durationSeconds,
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
  };
}
