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

/** A new form token at sign-in and sign-out, so a token seen before the change is worth nothing after. */
export function rotateCsrfToken(req: Request, res: Response): string {
  const token = randomBytes(32).toString('base64url');
  res.cookie(cookieName(req, COOKIE), token, cookieOptions(req, MAX_AGE_MS));
  res.locals.csrfToken = token;
  return token;
}

/** Fetch metadata a browser sends for a form posted from this site, or typed/bookmarked by the user. */
const SAME_SITE_FETCH = new Set(['same-origin', 'none']);

const refused = (why: string, code = 'csrf_failed') =>
  new ForbiddenError(
    `This form did not come from this site (${why}), so it was not accepted. Go back, reload the page and try again.`,
    code,
  );

/**
 * The code of a refusal whose only fault is an out-of-date token on a form the browser proved came
 * from this site (same-origin fetch metadata or Origin): a page may then show the user's text again.
 */
export const EXPIRED_FORM = 'csrf_expired';

/**
 * For state-changing form POSTs, three checks, each enough on its own against a cross-site form:
 * `Sec-Fetch-Site` (when sent) must be same-origin or none — same-site is refused, as a sibling
 * subdomain is not this site; `Origin` (when sent) must be one of `siteOrigins`; and the urlencoded
 * `_csrf` field must equal the cookie. Any failure is a 403 page.
 */
export function createVerifyCsrf(siteOrigins: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    const fetchSite = req.get('sec-fetch-site');
    if (fetchSite !== undefined && !SAME_SITE_FETCH.has(fetchSite.toLowerCase())) {
      next(refused('it was sent from another site'));
      return;
    }
    const origin = req.get('origin');
    if (origin !== undefined && !siteOrigins.includes(origin)) {
      next(refused('it was sent from another address'));
      return;
    }
    const sent: unknown = (req.body as Record<string, unknown> | undefined)?._csrf;
    if (matches(sent, readCookie(req, COOKIE))) return void next();
    const fromThisSite = fetchSite?.toLowerCase() === 'same-origin' || origin !== undefined;
    next(refused('the form has expired', fromThisSite ? EXPIRED_FORM : 'csrf_failed'));
  };
}
