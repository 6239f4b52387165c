import helmet from 'helmet';
import type { RequestHandler } from 'express';

/** Helmet with a CSP that allows no inline script; assets may come from a separate origin (CloudFront). */
export function createSecurityHeaders(options: {
  assetsBaseUrl: string;
  local: boolean;
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
        styleSrc: self,
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
  });
}
