// autocannon ships no types: what scripts/bench/load.mjs uses of it (its README).
declare module 'autocannon' {
  export type Options = {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    overallRate?: number;
    requests?: {method?: string; path?: string}[];
  };
  export type Result = {
    requests: {average: number};
    latency: {p50: number; p99: number};
    errors: number;
    timeouts: number;
    statusCodeStats?: Record<string, {count: number}>;
  };
  export default function autocannon(options: Options): Promise<Result>;
}
