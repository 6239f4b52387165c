import { createHash } from 'node:crypto';
import type { TableAccess } from '../storage/dynamo-table';
import { tableKeys, TTL_ATTRIBUTE } from '../storage/table-keys';

/** Cognito's refresh-token validity (serverless.yml): a revoked token need not be kept longer. */
export const REFRESH_TOKEN_LIFETIME_SECONDS = 30 * 24 * 3600;

/** Refresh tokens signed out here, kept as hashes so the app refuses them even if Cognito did not. */
export interface RevokedRefreshTokens {
  /** Records the token as revoked (one PutItem of its hash). */
  add(refreshToken: string): Promise<void>;
  /** Whether the token was signed out here (one strongly consistent GetItem). */
  has(refreshToken: string): Promise<boolean>;
}

const keyOf = (token: string) =>
  tableKeys.revokedRefresh(createHash('sha256').update(token).digest('base64url'));

/** Builds the list over the app's table; `now` in epoch milliseconds, injectable for expiry tests. */
export function createRevokedRefreshTokens(
  table: TableAccess,
  now: () => number = Date.now,
): RevokedRefreshTokens {
  const nowSeconds = () => Math.floor(now() / 1000);
  return {
    async add(refreshToken) {
      const item = {
        ...keyOf(refreshToken),
        [TTL_ATTRIBUTE]: nowSeconds() + REFRESH_TOKEN_LIFETIME_SECONDS,
      };
      // Unconditional: signing out twice only moves the expiry.
      await table.putIf(item, {});
    },
    async has(refreshToken) {
      const item = await table.get(keyOf(refreshToken));
      // Expiry is checked here; TTL only cleans up (late in AWS, never in dynalite).
      return typeof item?.[TTL_ATTRIBUTE] === 'number' && item[TTL_ATTRIBUTE] > nowSeconds();
    },
  };
}
