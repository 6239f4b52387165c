import type { RequestHandler } from 'express';

/**
 * serverless-express gives each request an own `ip` property (the event's sourceIp: behind
 * CloudFront, the edge's address), which hides Express's `req.ip` getter and with it `trust proxy`.
 * Removing it lets `req.ip` be the client as our trusted proxies reported it, in Lambda as in a server.
 */
export const useTrustedClientAddress: RequestHandler = (req, _res, next) => {
  if (Object.prototype.hasOwnProperty.call(req, 'ip')) delete (req as { ip?: string }).ip;
  next();
};
