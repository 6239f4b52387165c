import type { RequestHandler } from 'express';
import { MethodNotAllowedError } from './errors';

/** Registered after a path's real handlers: any other method gets 405 with an `Allow` header. */
export function methodNotAllowed(...allowed: string[]): RequestHandler {
  const methods =
    allowed.includes('GET') && !allowed.includes('HEAD') ? [...allowed, 'HEAD'] : allowed;
  return (_req, _res, next) => next(new MethodNotAllowedError(methods));
}
