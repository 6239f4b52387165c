import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';

/** The slice of the Powertools logger the app uses; small enough to fake in unit tests. */
export interface AppLogger {
  debug(message: string, ...extra: Record<string, unknown>[]): void;
  info(message: string, ...extra: Record<string, unknown>[]): void;
  warn(message: string, ...extra: Record<string, unknown>[]): void;
  error(message: string, ...extra: Record<string, unknown>[]): void;
}

/** Finds the id of the request: API Gateway's in Lambda, else `X-Request-Id`, else a new one. */
export type RequestIdSource = (req: Request) => string | undefined;

const SAFE_ID = /^[\w.:-]{1,128}$/;

/** One JSON log line per request (method, path, status, duration, request id) and an `X-Request-Id` header. */
export function createRequestLogger(
  logger: AppLogger,
  requestIdOf?: RequestIdSource,
): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const incoming = requestIdOf?.(req) ?? req.get('x-request-id');
    const requestId = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
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
        // The viewer's address as our own proxies reported it (`trust proxy`), never a forged one.
        ip: req.ip,
      });
    });
    next();
  };
}
