import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

/** The slice of the Powertools logger the app uses; small enough to fake in unit tests. */
export interface AppLogger {
  debug(message: string, ...extra: Record<string, unknown>[]): void;
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/** The ids of the Lambda invocation carrying a request; none outside Lambda. */
export interface InvocationIds {
  /** API Gateway's `requestContext.requestId` (also in its access log). */
  apiGatewayRequestId?: string;
  /** Lambda's `awsRequestId` (in the function's START/END/REPORT lines). */
  lambdaRequestId?: string;
}

/** Finds the invocation ids of a request (lambda.ts reads them from the current event). */
export type InvocationIdsSource = (req: Request) => InvocationIds | undefined;

const SAFE_ID = /^[\w.:-]{1,128}$/;
/** CloudFront's request ids are URL-safe base64 with `=` padding. */
const CLOUDFRONT_ID = /^[\w=-]{1,128}$/;

const safe = (value: string | undefined, pattern = SAFE_ID): string | undefined =>
  value && pattern.test(value) ? value : undefined;

/**
 * One JSON log line per request (method, path, status, duration, the request id of every hop that
 * has one: API Gateway, CloudFront, Lambda) and an `X-Request-Id` header: API Gateway's id in
 * Lambda, else the client's `X-Request-Id`, else a new one.
 */
export function createRequestLogger(
  logger: AppLogger,
  invocationIdsOf?: InvocationIdsSource,
): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const invocation = invocationIdsOf?.(req) ?? {};
    const apiGatewayRequestId = safe(invocation.apiGatewayRequestId);
    const requestId = apiGatewayRequestId ?? safe(req.get('x-request-id')) ?? randomUUID();
    res.locals.requestId = requestId;
    res.set('X-Request-Id', requestId);
    res.on('finish', () => {
      const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info('request', {
        method: req.method,
        path: req.path,
        status: res.statusCode,
        durationMs: Math.round(durationMs * 10) / 10,
        requestId,
        apiGatewayRequestId,
        cloudFrontRequestId: safe(req.get('x-amz-cf-id'), CLOUDFRONT_ID),
        lambdaRequestId: safe(invocation.lambdaRequestId),
        // The viewer's address as our own proxies reported it (`trust proxy`), never a forged one.
        ip: req.ip,
      });
    });
    next();
  };
}
