import type { Request } from 'express';
import type { VerifiedToken } from './token-verifier';

/** The token a guard accepted for this request: the raw JWT and what verifying it showed. */
export interface PresentedToken {
  token: string;
  verified: VerifiedToken;
}

// Kept beside the request, not on res.locals: res.locals reaches every template.
const presented = new WeakMap<Request, PresentedToken>();

/** Called by the guards once a token is accepted. */
export function rememberPresentedToken(req: Request, token: string, verified: VerifiedToken): void {
  presented.set(req, { token, verified });
}

/** The token the guard accepted (bearer or session cookie); only call it behind a guard. */
export function presentedToken(req: Request): PresentedToken {
  const found = presented.get(req);
  if (!found) throw new Error('No accepted token on this request: is the route guarded?');
  return found;
}
