import { AppError, UnauthorizedError } from '../http/errors';
import type { SeenMarkers, UserRecords } from '../storage/user-records';
import type { AuthTokens, CognitoAuthClient } from './cognito-auth-client';
import type { RevokedRefreshTokens } from './revoked-refresh-tokens';
import { readIssuedToken } from './token-verifier';
import { AccountDeletedError, type FinishDeletion } from './account-deleted';
import { activeBan, BannedError } from '../storage/user-ban';
import { systemClock, type Clock } from './write-check';

/** What the app adds around the user-pool calls. */
export interface RecordingDeps {
  users: UserRecords;
  revoked: RevokedRefreshTokens;
  /** Finishes the erasure of an account found marked "deleting" at sign-in (accounts/ wires it). */
  finishDeletion?: FinishDeletion;
  /** Epoch seconds, for bans ending by themselves. */
  now?: Clock;
}

/**
 * The user-pool client as every route uses it: each sign-in (password or new password) and sign-up
 * is written to the user record, and a refresh token signed out here is refused before Cognito is
 * asked, so a sign-out holds even when Cognito's RevokeToken failed. A sign-in into an account
 * whose deletion was interrupted finishes the deletion instead of signing in; a banned user gets 403
 * `banned` (with the end date) and no tokens.
 */
export function createRecordingAuthClient(
  cognito: CognitoAuthClient,
  deps: RecordingDeps,
): CognitoAuthClient {
  const recorded = async (tokens: AuthTokens): Promise<AuthTokens> => {
    // Straight from Cognito in answer to our call: read, not verified, so sign-in needs no JWKS.
    const { user, issuedAt } = readIssuedToken(tokens.accessToken);
    // The record catches up at the next sign-in: signing in needs Cognito, not a reachable table
    // (every write still needs it: the write guards read the record).
    const markers: SeenMarkers = await deps.users.recordSeen(user).catch((error: unknown) => {
      if (error instanceof AppError && (error.status === 503 || error.status === 429)) return {};
      throw error;
    });
    if (markers.deletingSince !== undefined && deps.finishDeletion) {
      // A deletion cut short: these password-verified tokens are what it needs to finish.
      await deps.finishDeletion(user.sub, tokens.accessToken);
      throw new AccountDeletedError();
    }
    const ban = activeBan(markers.ban, (deps.now ?? systemClock)());
    if (ban) throw new BannedError(ban);
    const revokedBefore = markers.tokensRevokedBefore;
    if (revokedBefore === undefined || issuedAt > revokedBefore) return tokens;
    // Signed in again within the second of a sign-out: `iat` (whole seconds) cannot tell these
    // tokens from the revoked ones, so fresh ones are fetched once that second has passed.
    await new Promise((resolve) => setTimeout(resolve, (revokedBefore + 1) * 1000 - Date.now()));
    return cognito.refresh(tokens.refreshToken);
  };
  return {
    signIn: async (username, password) => recorded(await cognito.signIn(username, password)),
    completeNewPassword: async (username, session, newPassword) =>
      recorded(await cognito.completeNewPassword(username, session, newPassword)),
    async signUp(input) {
      const result = await cognito.signUp(input);
      await deps.users.recordSeen({ sub: result.userSub, username: input.username });
      return result;
    },
    async refresh(refreshToken) {
      if (await deps.revoked.has(refreshToken)) {
        throw new UnauthorizedError(
          'This refresh token was revoked by a sign-out; sign in again',
          'invalid_refresh_token',
        );
      }
      return cognito.refresh(refreshToken);
    },
    confirm: (username, code) => cognito.confirm(username, code),
    revoke: (refreshToken) => cognito.revoke(refreshToken),
  };
}
