import type { Request, Response } from 'express';
import { AppError } from '../http/errors';
import type { UserRecord, UserRecords } from '../storage/user-records';
import { BannedError } from '../storage/user-ban';
import { isRevoked, systemClock, type Clock } from './write-check';
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
  /** Epoch seconds; decides whether a ban has ended (tests move it). */
  now?: Clock;
}

/**
 * A check of tokens against the user's tokens-revoked-before marker (a sign-out) and deletion
 * markers, reading the user record at most once however many tokens of that user are checked.
 * With `now`, the same read also refuses a banned user (403 `banned`); without, bans are ignored
 * (signing out stays possible).
 */
export function createRevocationCheck(users: Pick<UserRecords, 'get'>, now?: Clock) {
  let record: Promise<UserRecord | undefined> | undefined;
  return async (verified: VerifiedToken): Promise<boolean> => {
    record ??= users.get(verified.user.sub);
    const found = await record;
    return isRevoked(
      verified,
      now ? found : found && { ...found, ban: undefined },
      now ?? systemClock,
    );
  };
}

/**
 * The session's user: the access cookie when valid, else a transparent refresh, else undefined.
 * For a `writer` (a state-changing request) a token issued before the user's last sign-out does not
 * count: the refresh token then decides (another device's refreshes; a signed-out one does not).
 * A writer that is banned gets 403 `banned` unless `allowBanned` (signing out).
 */
export async function sessionUser(
  deps: SessionUserDeps,
  req: Request,
  res: Response,
  writer: boolean,
  allowBanned = false,
): Promise<AuthUser | undefined> {
  const { accessToken, refreshToken } = readSessionCookies(req);
  const now = allowBanned ? undefined : (deps.now ?? systemClock);
  const revoked = writer ? createRevocationCheck(deps.users, now) : async () => false;
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
    if (error instanceof BannedError) throw error;
    if (error instanceof AppError && error.status < 500 && error.status !== 429) return undefined;
    throw error;
  }
}
