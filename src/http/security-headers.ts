import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** Helmet with a CSP that allows no inline script (only our hashed inline stylesheet); assets may come from CloudFront. */
export function createSecurityHeaders(options: {
  assetsBaseUrl: string;
  local: boolean;
  inlineStyles?: { cspHash: string };
}): RequestHandler {
  const assetOrigin = /^https?:\/\//.test(options.assetsBaseUrl)
    ? new URL(options.assetsBaseUrl).origin
    : undefined;
  const self = ["'self'", ...(assetOrigin ? [assetOrigin] : [])];
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
    strictTransportSecurity: options.local ? false : undefined,
    // Under helmet's `no-referrer`, Chromium sends `Origin: null` with this site's own form POSTs,
    // which the CSRF Origin check must refuse; `same-origin` still sends nothing to other sites.
    referrerPolicy: { policy: 'same-origin' },
  });
}
