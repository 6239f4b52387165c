import express, { type RequestHandler } from 'express';
import { isApiRequest } from './error-handler';
import { AppError } from './errors';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH']);
/** Worst case bytes of one code point in JSON: an astral character as two `\uXXXX` escapes. */
const JSON_BYTES_PER_CODE_POINT = 12;
/** Worst case bytes of one UTF-16 unit in a urlencoded form: a BMP character as `%XX%XX%XX`. */
const FORM_BYTES_PER_UTF16_UNIT = 9;
/** Room for the other fields (CSRF token, form key, JSON punctuation) and trimmed white space. */
const OVERHEAD_BYTES = 2048;

/** Body size limits in bytes, derived from the longest text a request may carry. */
export interface BodyLimits {
  json: number;
  form: number;
}

/**
 * Limits that let every accepted text through whatever its encoding. JSON: `maxTextLength` code
 * points, each at most 12 bytes. Forms: the textarea's `maxlength` (`maxFormUnits` UTF-16 units,
 * counted like browsers do), each at most 9 bytes percent-encoded, so an over-long text typed in
 * the page reaches validation (and comes back in the form) instead of failing as too large.
 */
export function bodyLimits(maxTextLength: number, maxFormUnits = maxTextLength * 2): BodyLimits {
  return {
    json: maxTextLength * JSON_BYTES_PER_CODE_POINT + OVERHEAD_BYTES,
    form: maxFormUnits * FORM_BYTES_PER_UTF16_UNIT + OVERHEAD_BYTES,
  };
}

/** JSON under /api, where any other non-empty body is a 415; urlencoded forms elsewhere. */
export function createBodyParsers(limits: BodyLimits): RequestHandler[] {
  const json = express.json({ limit: limits.json });
  const form = express.urlencoded({ extended: false, limit: limits.form });
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
