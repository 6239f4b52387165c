import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler, Response } from 'express';
import { ForbiddenError } from './errors';
import { cookieName, cookieOptions, readCookie } from './secure-cookies';

const COOKIE = 'csrf';
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;
const MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/**
 * The form token for this browser (double-submit cookie): reused from its HttpOnly cookie, or a new
 * random one set in that cookie. Needs no server secret; a cross-site page can neither read the
 * cookie nor (thanks to `__Host-` over HTTPS) plant one, so it cannot send a matching `_csrf` field.
 */
export function csrfToken(req: Request, res: Response): string {
  if (typeof res.locals.csrfToken === 'string') return res.locals.csrfToken;
  const existing = readCookie(req, COOKIE);
  const token =
    existing && TOKEN_FORMAT.test(existing) ? existing : randomBytes(32).toString('base64url');
  if (token !== existing)
    res.cookie(cookieName(req, COOKIE), token, cookieOptions(req, MAX_AGE_MS));
  res.locals.csrfToken = token;
  return token;
}

function matches(sent: unknown, expected: string | undefined): boolean {
  if (typeof sent !== 'string' || !expected || !TOKEN_FORMAT.test(expected)) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** For state-changing form POSTs: the urlencoded `_csrf` field must equal the cookie, else a 403 page. */
export const verifyCsrf: RequestHandler = (req, _res, next) => {
  const sent: unknown = (req.body as Record<string, unknown> | undefined)?._csrf;
  if (matches(sent, readCookie(req, COOKIE))) {
    next();
    return;
  }
  next(
    new ForbiddenError(
      'This form has expired or did not come from this site. Go back, reload the page and try again.',
      'csrf_failed',
    ),
  );
};
