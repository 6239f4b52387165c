import type { AuthUser } from '../auth/auth-user';
import type { CognitoAuthClient } from '../auth/cognito-auth-client';
import { BAD_CREDENTIALS } from '../auth/cognito-errors';
import { readIssuedToken } from '../auth/token-verifier';
import { UnauthorizedError } from '../http/errors';
import type { AppLogger } from '../http/request-logger';
import type { AccountErasure } from './account-erasure';

/** Deleting one's own account, independent of HTTP. */
export interface AccountDeletion {
  /**
   * Checks the password (InitiateAuth: 401 `invalid_credentials` when wrong, nothing deleted), then
   * erases the account with the fresh access token that check returned.
   */
  deleteAccount(user: AuthUser, password: string): Promise<void>;
}

/**
 * Builds it over the plain user-pool client (not the recording one: checking a password is no
 * sign-in to record) and the erasure.
 */
export function createAccountDeletion(deps: {
  userPool: Pick<CognitoAuthClient, 'signIn'>;
  erasure: AccountErasure;
  logger: Pick<AppLogger, 'warn'>;
}): AccountDeletion {
  return {
    async deleteAccount(user, password) {
      const tokens = await deps.userPool.signIn(user.username, password);
      // Straight from Cognito in answer to this call; it must be the same account as the session's.
      if (readIssuedToken(tokens.accessToken).user.sub !== user.sub)
        throw new UnauthorizedError(BAD_CREDENTIALS, 'invalid_credentials');
      await deps.erasure.begin(user.sub);
      await deps.erasure.finish(user.sub, tokens.accessToken).catch((error: unknown) => {
        // Left marked deleting: the sub is what an operator passes to `npm run user:erase`.
        deps.logger.warn(
          'Account deletion interrupted: the next sign-in or user:erase finishes it',
          {
            sub: user.sub,
            cause: String(error),
          },
        );
        throw error;
      });
    },
  };
}
