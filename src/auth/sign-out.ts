import type { UserRecords } from '../storage/user-records';
import type { CognitoAuthClient } from './cognito-auth-client';
import type { RevokedRefreshTokens } from './revoked-refresh-tokens';

/** Ends a session here and, best effort, at Cognito. */
export interface SignOut {
  /**
   * Records the refresh token as revoked (hash) and, for a known user, that every token issued up
   * to now is revoked; then asks Cognito to revoke the refresh token. `revokedAtCognito` is false
   * when Cognito did not answer or refused: the sign-out still holds in this app.
   */
  signOut(input: { sub?: string; refreshToken?: string }): Promise<{ revokedAtCognito: boolean }>;
}

/** Builds the sign-out over the user records, the revoked-token list and the user pool. */
export function createSignOut(deps: {
  users: UserRecords;
  revoked: RevokedRefreshTokens;
  cognito: Pick<CognitoAuthClient, 'revoke'>;
  now?: () => number;
}): SignOut {
  const nowSeconds = () => Math.floor((deps.now ?? Date.now)() / 1000);
  return {
    async signOut({ sub, refreshToken }) {
      // The app's own records first: they are what makes the sign-out hold here.
      if (refreshToken) await deps.revoked.add(refreshToken);
      if (sub) await deps.users.revokeTokensBefore(sub, nowSeconds());
      if (!refreshToken) return { revokedAtCognito: true };
      const revokedAtCognito = await deps.cognito.revoke(refreshToken).then(
        () => true,
        () => false,
      );
      return { revokedAtCognito };
    },
  };
}
