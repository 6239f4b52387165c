import type { Request, Response } from 'express';
import { AppError } from '../http/errors';
import { tokensRevokedBefore, type UserRecords } from '../storage/user-records';
import type { AuthUser } from './auth-user';
import type { CognitoAuthClient } from './cognito-auth-client';
import { setSessionCookies, readSessionCookies } from './session-cookies';
import { rememberPresentedToken } from './presented-token';
import { InvalidTokenError, type TokenVerifier, type VerifiedToken } from './token-verifier';

/** What finding the session's user needs. */
export interface SessionUserDeps {
  verifier: TokenVerifier;
  cognito: Pick<CognitoAuthClient, 'refresh'>;
  users: Pick<UserRecords, 'get'>;
}

/**
 * A check of tokens against the user's tokens-revoked-before marker (a sign-out) and deletion
 * markers, reading the user record at most once however many tokens of that user are checked.
 */
export function createRevocationCheck(users: Pick<UserRecords, 'get'>) {
  let marker: Promise<number> | undefined;
  return async (verified: VerifiedToken): Promise<boolean> => {
    marker ??= users.get(verified.user.sub).then(tokensRevokedBefore);
    // `iat` has whole seconds: a token from the sign-out's own second counts as revoked.
    return verified.issuedAt <= (await marker);
  };
}

/**
 * The session's user: the access cookie when valid, else a transparent refresh, else undefined.
 * For a `writer` (a state-changing request) a token issued before the user's last sign-out does not
 * count: the refresh token then decides (another device's refreshes; a signed-out one does not).
 */
export async function sessionUser(
  deps: SessionUserDeps,
  req: Request,
  res: Response,
  writer: boolean,
): Promise<AuthUser | undefined> {
  const { accessToken, refreshToken } = readSessionCookies(req);
  const revoked = writer ? createRevocationCheck(deps.users) : async () => false;
  if (accessToken) {
    try {
      const verified = await deps.verifier.verify(accessToken);
      if (!(await revoked(verified))) {
        rememberPresentedToken(req, accessToken, verified);
        return verified.user;
      }
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
    }
  }
  if (!refreshToken) return undefined;
  try {
    const tokens = await deps.cognito.refresh(refreshToken);
    const verified = await deps.verifier.verify(tokens.accessToken);
    if (await revoked(verified)) return undefined;
    setSessionCookies(req, res, tokens);
    rememberPresentedToken(req, tokens.accessToken, verified);
    return verified.user;
  } catch (error) {
    if (error instanceof AppError && error.status < 500 && error.status !== 429) return undefined;
    throw error;
  }
}
