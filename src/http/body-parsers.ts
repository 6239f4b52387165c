import express, { type RequestHandler } from 'express';
import { isApiRequest } from './error-handler';
import { AppError } from './errors';

const LIMIT = '16kb';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** JSON (16 KB max) under /api, where any other non-empty body is a 415; urlencoded forms elsewhere. */
export function createBodyParsers(): RequestHandler[] {
  const json = express.json({ limit: LIMIT });
  const form = express.urlencoded({ extended: false, limit: LIMIT });
  const requireJson: RequestHandler = (req, _res, next) => {
    const hasBody =
      req.get('transfer-encoding') !== undefined || Number(req.get('content-length') ?? 0) > 0;
    if (
      isApiRequest(req) &&
      WRITE_METHODS.has(req.method) &&
      hasBody &&
      !req.is('application/json')
    ) {
      next(
        new AppError(415, 'unsupported_media_type', 'Send the request body as application/json'),
      );
      return;
    }
    next();
  };
  const pick: RequestHandler = (req, res, next) =>
    (isApiRequest(req) ? json : form)(req, res, next);
  return [requireJson, pick];
}
