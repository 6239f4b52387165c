import { createHash, randomBytes } from 'node:crypto';
import type { TableAccess } from '../storage/dynamo-table';
import { tableKeys, TTL_ATTRIBUTE } from '../storage/table-keys';

/** How long a user has to choose a new password after signing in with a temporary one. */
export const CHALLENGE_TTL_SECONDS = 180;

/**
 * Pending NEW_PASSWORD_REQUIRED challenges. Clients only ever get the app's own random handle:
 * Cognito's session stays on the server, because cognito-local accepts any session string and would
 * otherwise let anyone set any user's password.
 */
export interface ChallengeStore {
  /** Stores Cognito's session for `username`; returns the opaque handle to give the client. */
  open(username: string, cognitoSession: string): Promise<string>;
  /**
   * Consumes a handle (single use: one conditional delete) and returns Cognito's session, or
   * undefined when the handle is unknown, used, expired or was issued to another user.
   */
  take(handle: string, username: string): Promise<string | undefined>;
}

/** Options: the clock (epoch milliseconds) is injectable so expiry can be tested. */
export interface ChallengeStoreOptions {
  now?: () => number;
}

/** The item key holds a hash of the handle, so reading the table does not hand out live handles. */
const keyOf = (handle: string) =>
  tableKeys.challenge(createHash('sha256').update(handle).digest('base64url'));
const sameUser = (username: string) => username.trim().toLowerCase();

/** Builds the store over the app's table (PutItem and DeleteItem only: no new IAM action). */
export function createChallengeStore(
  table: TableAccess,
  options: ChallengeStoreOptions = {},
): ChallengeStore {
  const nowSeconds = () => Math.floor((options.now ?? Date.now)() / 1000);
  return {
    async open(username, cognitoSession) {
      const handle = randomBytes(32).toString('base64url');
      await table.putIf({
        ...keyOf(handle),
        username: sameUser(username),
        cognitoSession,
        // Checked in `take`; TTL only cleans up (late in AWS, never in dynalite).
        [TTL_ATTRIBUTE]: nowSeconds() + CHALLENGE_TTL_SECONDS,
      });
      return handle;
    },
    async take(handle, username) {
      if (!/^[\w-]{43}$/.test(handle)) return undefined;
      const item = await table.takeIf(keyOf(handle), {
        ConditionExpression: 'attribute_exists(id) AND #user = :user AND #expires > :now',
        ExpressionAttributeNames: { '#user': 'username', '#expires': TTL_ATTRIBUTE },
        ExpressionAttributeValues: { ':user': sameUser(username), ':now': nowSeconds() },
      });
      return typeof item?.cognitoSession === 'string' ? item.cognitoSession : undefined;
    },
  };
}
