import type { RequestHandler } from 'express';

/** Every business metric the app emits: CloudWatch metric names, each a Count. */
export const BUSINESS_METRICS = [
  'CommentsPosted',
  'RepliesPosted',
  'SignInsSucceeded',
  'SignInsFailed',
  'SignUps',
  'RateLimitedRequests',
  'ServerErrors',
] as const;

/** One of BUSINESS_METRICS. */
export type BusinessMetric = (typeof BUSINESS_METRICS)[number];

/** Counts a business event where it happens; services and clients need only this. */
export interface MetricsCounter {
  count(metric: BusinessMetric): void;
}

/** The counter and its flush: one log line with everything counted since the last flush. */
export interface BusinessMetrics extends MetricsCounter {
  flush(): void;
}

/** Metrics switched off (no namespace configured, e.g. `npm start`): counts nothing, prints nothing. */
export const noMetrics: BusinessMetrics = { count: () => undefined, flush: () => undefined };

/**
 * Counts every 429 and 5xx answer, whoever produced it, then flushes what the request counted once
 * its response is finished: one line per request, no call beyond the log. Lambda runs one request
 * at a time, so a line holds that request's counts; a local server's concurrent requests may share
 * a line, and the totals stay right.
 */
export function createMetricsFlush(metrics: BusinessMetrics): RequestHandler {
  return (_req, res, next) => {
    res.on('finish', () => {
      if (res.statusCode === 429) metrics.count('RateLimitedRequests');
      if (res.statusCode >= 500) metrics.count('ServerErrors');
      metrics.flush();
    });
    next();
  };
}
