import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** HSTS for a site that may go on the browsers' preload list (a custom domain): two years, preload. */
export const HSTS_PRELOAD = { maxAge: 63072000, includeSubDomains: true, preload: true };
/** HSTS otherwise (`*.cloudfront.net` cannot be preloaded): helmet's one year, no preload. */
export const HSTS_DEFAULT = { maxAge: 31536000, includeSubDomains: true, preload: false };

/** Helmet with a CSP that allows no inline script (only our hashed inline stylesheet) and only this origin. */
export function createSecurityHeaders(options: {
  local: boolean;
  inlineStyles?: { cspHash: string };
  frontDoor?: { hstsPreload: boolean };
}): RequestHandler {
  // Assets are same-origin (/public/*, from the same CloudFront distribution): 'self' is enough.
  const self = ["'self'"];
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: self,
        styleSrc: [...self, ...(options.inlineStyles ? [options.inlineStyles.cspHash] : [])],
        imgSrc: [...self, 'data:'],
        fontSrc: self,
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: options.local ? null : [],
      },
    },
    strictTransportSecurity: options.local
      ? false
      : options.frontDoor?.hstsPreload
        ? HSTS_PRELOAD
        : HSTS_DEFAULT,
    // Under helmet's `no-referrer`, Chromium sends `Origin: null` with this site's own form POSTs,
    // which the CSRF Origin check must refuse; `same-origin` still sends nothing to other sites.
    referrerPolicy: { policy: 'same-origin' },
  });
}
