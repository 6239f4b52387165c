import type { Response } from 'express';

/** Seconds a CDN (and a browser) may keep a page anyone may read: short, so new comments show soon. */
export const PUBLIC_MAX_AGE_SECONDS = 5;

/**
 * Makes a page for a signed-out reader cacheable by anyone, unless the response sets a cookie (a
 * shared cache would hand that cookie to everyone). Call it only where the request carried no
 * session cookie (allowPageReader's signed-out path), just before rendering. `Vary: Cookie` keeps
 * browsers and other shared caches from serving the signed-out copy once a session cookie exists.
 */
export function cachePublicly(res: Response): void {
  if (res.getHeader('set-cookie') !== undefined) return;
  const age = PUBLIC_MAX_AGE_SECONDS;
  res.set('Cache-Control', `public, max-age=${age}, s-maxage=${age}`);
  res.vary('Cookie');
}
