import autocannon from 'autocannon';

/** One autocannon run against one route. */
export interface RouteTarget {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Throughput and latency of one run; `failed` counts non-2xx answers and socket errors. */
export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failed: number;
  /** Answers by status code, plus socket errors and timeouts (autocannon's 10 s). */
  statuses: Record<string, number>;
}

/** Runs autocannon (default 10 s, 50 connections) against `baseUrl` + the target's path. */
export async function runLoad(
  baseUrl: string,
  target: RouteTarget,
  options: { durationSec?: number; connections?: number } = {},
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${baseUrl}${target.path}`,
    method: target.method,
    headers: target.headers,
    body: target.body,
    duration: options.durationSec ?? 10,
    connections: options.connections ?? 50,
  });
  return {
    reqPerSec: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    failed: result.non2xx + result.errors,
    statuses: {
      ...Object.fromEntries(
        Object.entries(result.statusCodeStats ?? {}).map(([code, stat]) => [code, stat.count ?? 0]),
      ),
      // autocannon counts timeouts among its errors.
      ...(result.errors > result.timeouts ? { errors: result.errors - result.timeouts } : {}),
      ...(result.timeouts ? { 'timeouts (10 s)': result.timeouts } : {}),
    },
  };
}
