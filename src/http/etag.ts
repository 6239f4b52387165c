import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';

/** A strong entity tag of a body: its SHA-256, quoted (RFC 9110 §8.8.3). */
export function strongEtag(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * True when If-None-Match names `etag` (or is `*`). The comparison is the weak one RFC 9110
 * §13.1.2 asks of If-None-Match: a `W/` prefix on the client's copy does not matter.
 */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends `value` as JSON with a strong ETag of exactly the bytes sent, or a 304 without a body when
 * the request's If-None-Match already holds it (the client's copy is current).
 */
export function sendJsonWithEtag(req: Request, res: Response, value: unknown): void {
  sendWithEtag(req, res, JSON.stringify(value), 'application/json');
}

/** sendJsonWithEtag for a body already made, of media type `type`. */
export function sendWithEtag(req: Request, res: Response, body: string, type: string): void {
  const etag = strongEtag(body);
  res.set('ETag', etag);
  if (noneMatchHits(req.get('if-none-match'), etag)) {
    res.status(304).end();
    return;
  }
  res.type(type).send(body);
}
