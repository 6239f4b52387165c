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
  /** CPU time the server process spent per answered request (µs), when its process was given. */
  cpuUsPerRequest?: number;
}

const WARM_UP_REQUESTS = 300;

/** Runs autocannon (300 requests of warm-up, then by default 10 s, 50 connections) against `baseUrl` + the target's path. */
export async function runLoad(
  baseUrl: string,
  target: RouteTarget,
  options: {
    durationSec?: number;
    connections?: number;
    /** The server's process, to charge it its CPU time per request (steadier than req/s on a shared machine). */
    server?: { cpuMs(): Promise<number> };
  } = {},
): Promise<LoadResult> {
  const request = {
    url: `${baseUrl}${target.path}`,
    method: target.method,
    headers: target.headers,
    body: target.body,
    connections: options.connections ?? 50,
  };
  // 300 requests first, not counted: the JIT has compiled the route's code before it is measured,
  // whether the process is fresh or not and however busy the machine is.
  await autocannon({ ...request, amount: WARM_UP_REQUESTS });
  const cpuBefore = await options.server?.cpuMs();
  const result = await autocannon({
    ...request,
    duration: options.durationSec ?? 10,
  });
  const cpuAfter = await options.server?.cpuMs();
  return {
    ...(cpuBefore !== undefined && cpuAfter !== undefined && result.requests.total > 0
      ? { cpuUsPerRequest: ((cpuAfter - cpuBefore) * 1000) / result.requests.total }
      : {}),
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
