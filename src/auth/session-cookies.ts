import type { Request, Response } from 'express';
import { cookieName, cookieOptions, readCookie } from '../http/secure-cookies';
import type { AuthTokens } from './cognito-auth-client';

const ACCESS = 'session';
const REFRESH = 'refresh';
/** The session cookies' names (before the `__Host-` prefix): a CDN's cache key must hold them. */
export const SESSION_COOKIE_NAMES = [ACCESS, REFRESH] as const;
/** Cognito's default refresh-token validity; the cookie need not outlive it. */
const REFRESH_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

/** The browser session's raw tokens, if any. */
export interface SessionCookies {
  accessToken?: string;
  refreshToken?: string;
}

/** Reads the session cookies (under their `__Host-` names over HTTPS). */
export function readSessionCookies(req: Request): SessionCookies {
  return { accessToken: readCookie(req, ACCESS), refreshToken: readCookie(req, REFRESH) };
}

/** Stores the access token (until it expires) and the refresh token in HttpOnly cookies. */
export function setSessionCookies(req: Request, res: Response, tokens: AuthTokens): void {
  res.cookie(
    cookieName(req, ACCESS),
    tokens.accessToken,
    cookieOptions(req, tokens.expiresIn * 1000),
  );
  res.cookie(cookieName(req, REFRESH), tokens.refreshToken, cookieOptions(req, REFRESH_MAX_AGE_MS));
}

/** Ends the browser session: both cookies expire now. */
export function clearSessionCookies(req: Request, res: Response): void {
  res.clearCookie(cookieName(req, ACCESS), cookieOptions(req));
  res.clearCookie(cookieName(req, REFRESH), cookieOptions(req));
}
