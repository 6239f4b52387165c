import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ForbiddenError } from './errors';

/** The header CloudFront adds to every request it forwards to the API (serverless.yml). */
export const ORIGIN_SECRET_HEADER = 'x-origin-verify';

/** How requests reach the app in AWS; config.ts reads it from the environment. */
export interface FrontDoorSettings {
  /** Proxies in front that each append one X-Forwarded-For entry (CloudFront, API Gateway). */
  trustedProxyHops: number;
  /** Values the origin header may carry: the one CloudFront sends and the other slot (rotation). */
  originSecrets: string[];
  /** HSTS with `preload`: only with a custom domain. */
  hstsPreload: boolean;
}

// Equal-length digests, so the comparison takes the same time whatever the client sent.
const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Refuses with 403 every request without CloudFront's secret header: it went straight to the
 * execute-api URL, around the front door's WAF and compression. Every accepted value is compared,
 * always, in constant time. No secrets (local runs) means no check.
 */
export function createOriginSecretCheck(secrets: readonly string[]): RequestHandler {
  const expected = secrets.map(digest);
  return (req, _res, next) => {
    if (expected.length === 0) return void next();
    const sent = req.get(ORIGIN_SECRET_HEADER);
    const sentDigest = digest(sent ?? '');
    let matched = false;
    for (const value of expected) matched = timingSafeEqual(sentDigest, value) || matched;
    // Nothing after this point needs it, and nothing may log it.
    delete req.headers[ORIGIN_SECRET_HEADER];
    if (sent !== undefined && matched) return void next();
    next(
      new ForbiddenError(
        'This address only answers through the site itself. Open the site’s own address instead.',
        'direct_access_forbidden',
      ),
    );
  };
}
