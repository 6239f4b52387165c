import type { CookieOptions, Request } from 'express';

/**
 * The cookie's name for this request: over HTTPS it gets the `__Host-` prefix, which browsers only
 * accept with Secure, Path=/ and no Domain, so a sibling subdomain cannot plant or overwrite it.
 */
export function cookieName(req: Request, name: string): string {
  return req.secure ? `__Host-${name}` : name;
}

/** HttpOnly, SameSite=Lax, Path=/, Secure whenever the request came over HTTPS (trust proxy is on). */
export function cookieOptions(req: Request, maxAgeMs?: number): CookieOptions {
  return {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: req.secure,
    ...(maxAgeMs === undefined ? {} : { maxAge: maxAgeMs }),
  };
}

/** The value of one of our cookies, read under the name this request's scheme uses. */
export function readCookie(req: Request, name: string): string | undefined {
  const value: unknown = req.cookies?.[cookieName(req, name)];
  return typeof value === 'string' && value ? value : undefined;
}
