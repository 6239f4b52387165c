import type { RequestHandler } from 'express';

const ALLOW_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
const EXPOSE_HEADERS = 'Location, Retry-After, WWW-Authenticate, X-Request-Id, Idempotent-Replayed';
const MAX_AGE_SECONDS = '600';

/**
 * CORS for the JSON API (mount on `/api`): only origins listed in config get CORS headers; a
 * preflight is answered here (204) before any auth. No credentials: the API uses bearer tokens.
 */
export function createCors(allowedOrigins: string[]): RequestHandler {
  const allowed = new Set(allowedOrigins);
  return (req, res, next) => {
    const origin = req.get('origin');
    res.vary('Origin');
    const ok = origin !== undefined && allowed.has(origin);
    const preflight = req.method === 'OPTIONS' && req.get('access-control-request-method');
    if (ok) {
      res.set('Access-Control-Allow-Origin', origin);
      res.set('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (!preflight) {
      next();
      return;
    }
    if (ok) {
      res.set({
        'Access-Control-Allow-Methods': ALLOW_METHODS,
        'Access-Control-Allow-Headers': ALLOW_HEADERS,
        'Access-Control-Max-Age': MAX_AGE_SECONDS,
      });
    }
    res.vary('Access-Control-Request-Method').vary('Access-Control-Request-Headers');
    res.status(204).end();
  };
}
