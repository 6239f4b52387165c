import type { Request, RequestHandler, Response } from 'express';
import { UnauthorizedError } from '../http/errors';
import { createVerifyCsrf, csrfToken } from '../http/csrf';
import type { AuthUser } from './auth-user';
import type { CognitoAuthClient } from './cognito-auth-client';
import type { ChallengeStore } from './challenge-store';
import { clearSessionCookies, readSessionCookies } from './session-cookies';
import { InvalidTokenError, type TokenVerifier } from './token-verifier';
import type { UserRecords } from '../storage/user-records';
import type { SignOut } from './sign-out';
import { createRevocationCheck, sessionUser } from './session-user';
import { createWriteCheck, systemClock, type Clock } from './write-check';
import { DRAFT_MAX, renderAuthPage } from './auth-form';
import { safeNext } from './auth-input';
import { PAGE_NOTICES } from '../http/page-notices';
import { rememberPresentedToken } from './presented-token';
import { BannedError } from '../storage/user-ban';

/** What the auth middleware and routers need; built once per cold start in dependencies.ts. */
export interface AuthDeps {
  verifier: TokenVerifier;
  cognito: CognitoAuthClient;
  /** Pending new-password challenges, behind the app's own opaque handles. */
  challenges: ChallengeStore;
  /** User records: the write guards read the tokens-revoked-before marker from them. */
  users: UserRecords;
  signOut: SignOut;
  /** Epoch seconds, for bans ending by themselves; the system clock unless a test moves it. */
  now?: Clock;
}

/** The guards other routers use (the auth ↔ comments contract). */
export interface AuthMiddleware {
  /** `Authorization: Bearer` only; sets `res.locals.user`, else 401 JSON with `WWW-Authenticate`. */
  requireApiUser: RequestHandler;
  /**
   * requireApiUser for state-changing requests: also refuses (401) a token issued at or before the
   * user's last sign-out, and (403 `banned`) a banned user. One strongly consistent GetItem of the
   * user record for both.
   */
  requireApiWriter: RequestHandler;
  /**
   * requireApiWriter whose user-record read is left to the service (`res.locals.writeCheck`, see
   * write-check.ts), so it joins the service's one BatchGetItem; same 401 when the check fails.
   */
  requireApiWriterDeferred: RequestHandler;
  /** Session cookies (refreshed when needed); sets `res.locals.user` and `csrfToken`, else 303 to login. */
  requirePageUser: RequestHandler;
  /** requirePageUser for state-changing requests: a token from before a sign-out is no session. */
  requirePageWriter: RequestHandler;
  /**
   * requirePageWriter for a form whose typed text must survive a lost session: a POST without a
   * valid session gets the sign-in page (401) carrying the `field` as a draft instead of a redirect.
   */
  requirePageWriterKeeping(field: string): RequestHandler;
  /**
   * The session's user for a read anyone may make (a public board): undefined when the request
   * carries no session cookie at all; a sent session that is not (any longer) valid is a 401, never
   * read as signed out.
   */
  optionalPageUser(req: Request, res: Response): Promise<AuthUser | undefined>;
  /**
   * For reads a signed-out visitor may make (public boards): no Authorization header at all →
   * on without a user; any Authorization header is checked as requireApiUser does (bad → 401).
   */
  allowApiReader: RequestHandler;
  /**
   * The page twin of allowApiReader: the session read by optionalPageUser; one that has ended
   * (invalid and not refreshable) gets the sign-in redirect instead of its 401.
   */
  allowPageReader: RequestHandler;
  /** Wraps a page behind allowPageReader: a 401 for a signed-out reader becomes the sign-in redirect. */
  readerPage(handler: (req: Request, res: Response) => Promise<void>): RequestHandler;
  /** The session's user for a state-changing request without a guard (sign-out), or undefined. */
  pageWriterOf(req: Request, res: Response): Promise<AuthUser | undefined>;
  /**
   * For pages anyone may see (error pages, sign-in pages): puts the signed-in user, if any, on
   * `res.locals` for the header. Access cookie against cached keys only: no refresh, no network call.
   */
  identifyUser(req: Request, res: Response): void;
  /** Same-origin fetch metadata and Origin, and `_csrf` matching the CSRF cookie, else a 403 page. */
  verifyCsrf: RequestHandler;
}

const NO_TOKEN = { 'WWW-Authenticate': 'Bearer realm="comment-board"' };

/** The bearer token of the request; undefined when no Bearer credentials were sent at all. */
export function bearerToken(req: Request): string | undefined {
  const header = req.get('authorization')?.trim();
  const [scheme, ...rest] = header ? header.split(/\s+/) : [];
  if (!scheme || scheme.toLowerCase() !== 'bearer') return undefined;
  if (rest.length !== 1)
    throw new InvalidTokenError('The Authorization header must be "Bearer <token>"');
  return rest[0];
}

/** The path to come back to after signing in (path and query, without the stage prefix). */
function loginRedirect(res: Response, req: Request): string {
  const back = req.method === 'GET' ? req.originalUrl : req.path;
  return `${res.locals.base ?? ''}/login?next=${encodeURIComponent(back)}`;
}

/** Builds the guards once; they share the cold-start verifier (and so its JWKS cache). */
export function createAuthMiddleware(
  deps: AuthDeps,
  options: { siteOrigins: readonly string[] },
): AuthMiddleware {
  const apiGuard =
    (writer: boolean | 'deferred'): RequestHandler =>
    async (req, res, next) => {
      try {
        const token = bearerToken(req);
        if (!token)
          throw new UnauthorizedError(
            'Send an access token: Authorization: Bearer <token>',
            'unauthorized',
            { headers: NO_TOKEN },
          );
        const verified = await deps.verifier.verify(token);
        const now = deps.now ?? systemClock;
        if (writer === 'deferred') res.locals.writeCheck = createWriteCheck(verified, now);
        else if (writer && (await createRevocationCheck(deps.users, now)(verified)))
          throw new InvalidTokenError(
            'This token was issued before a sign-out; refresh it or sign in again',
          );
        res.locals.user = verified.user;
        rememberPresentedToken(req, token, verified);
        next();
      } catch (error) {
        next(error);
      }
    };
  const verifyCsrf = createVerifyCsrf(options.siteOrigins);
  const pageGuard =
    (writer: boolean) =>
    (keep?: string): RequestHandler =>
    async (req, res, next) => {
      try {
        const user = await sessionUser(deps, req, res, writer);
        res.set('Cache-Control', 'private, no-store');
        if (!user) {
          clearSessionCookies(req, res);
          const draft: unknown = keep && (req.body as Record<string, unknown> | undefined)?.[keep];
          if (req.method === 'POST' && typeof draft === 'string' && draft.trim()) {
            // Only this site's own form may put text into the sign-in page (else the usual 403).
            verifyCsrf(req, res, (error?: unknown) => {
              if (error) return next(error);
              res.status(401);
              renderAuthPage(req, res, 'login', {
                values: { next: safeNext(req.path), draft: draft.slice(0, DRAFT_MAX) },
                notice: PAGE_NOTICES['session-ended'],
              });
            });
            return;
          }
          res.redirect(303, loginRedirect(res, req));
          return;
        }
        res.locals.user = user;
        csrfToken(req, res);
        next();
      } catch (error) {
        // A form may show its typed text again with the ban's words, but only this site's own form.
        if (error instanceof BannedError)
          verifyCsrf(req, res, (csrf?: unknown) => next(csrf ?? error));
        else next(error);
      }
    };
  const identifyUser = (req: Request, res: Response) => {
    if (res.locals.user) return;
    const { accessToken } = readSessionCookies(req);
    const verified = accessToken ? deps.verifier.verifyCached(accessToken) : undefined;
    if (verified?.tokenUse !== 'access') return;
    res.locals.user = verified.user;
    csrfToken(req, res); // the header's Sign out form needs it
  };
  // The one reading of a session for reads anyone may make: pages (allowPageReader) and the live
  // notice's JSON (new-count) differ only in how they answer a session that has ended.
  const optionalPageUser = async (req: Request, res: Response) => {
    const { accessToken, refreshToken } = readSessionCookies(req);
    if (!accessToken && !refreshToken) return undefined;
    const user = await sessionUser(deps, req, res, false);
    if (user) return user;
    clearSessionCookies(req, res);
    throw new UnauthorizedError('Your session has ended; sign in again', 'unauthorized');
  };
  const requireApiUser = apiGuard(false);
  const requirePageUser = pageGuard(false)();
  return {
    requireApiUser,
    allowApiReader: (req, res, next) =>
      req.get('authorization') === undefined ? next() : requireApiUser(req, res, next),
    allowPageReader: async (req, res, next) => {
      res.set('Cache-Control', 'private, no-store');
      try {
        const user = await optionalPageUser(req, res);
        if (user) {
          res.locals.user = user;
          csrfToken(req, res);
        }
        next();
      } catch (error) {
        if (error instanceof UnauthorizedError) res.redirect(303, loginRedirect(res, req));
        else next(error);
      }
    },
    readerPage: (handler) => async (req, res, next) => {
      try {
        await handler(req, res);
      } catch (error) {
        if (error instanceof UnauthorizedError && !res.locals.user) {
          res.redirect(303, loginRedirect(res, req));
        } else next(error);
      }
    },
    requireApiWriter: apiGuard(true),
    requireApiWriterDeferred: apiGuard('deferred'),
    requirePageUser,
    requirePageWriter: pageGuard(true)(),
    requirePageWriterKeeping: pageGuard(true),
    optionalPageUser,
    // Signing out (its one user) stays possible while banned.
    pageWriterOf: (req, res) => sessionUser(deps, req, res, true, true),
    identifyUser,
    verifyCsrf,
  };
}
