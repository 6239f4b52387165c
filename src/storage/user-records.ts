import type { TableAccess } from './dynamo-table';
import { tableKeys } from './table-keys';

/** One user as the app knows them: written at sign-up and sign-in, read by the write guards. */
export interface UserRecord {
  sub: string;
  /** Lower-cased, for lookups. */
  username: string;
  /** First seen (epoch seconds): the first sign-up or sign-in this table saw; never overwritten. */
  createdAt: number;
  /** Cognito groups as of the last sign-in. */
  groups: string[];
  /** Tokens issued at or before this time (epoch seconds, `iat`) may no longer change anything. */
  tokensRevokedBefore?: number;
}

/** The user records; later features (bans) add their markers through this module. */
export interface UserRecords {
  /** Strongly consistent GetItem: a sign-out must hold on the very next request. */
  get(sub: string): Promise<UserRecord | undefined>;
  /**
   * Merges a sign-in (or sign-up: no groups yet) into the record; `createdAt` only when new.
   * Resolves the record's tokens-revoked-before marker, if any (same call, no extra read).
   */
  recordSeen(user: {
    sub: string;
    username: string;
    groups?: string[];
  }): Promise<number | undefined>;
  /** Records that every token issued up to `at` (epoch seconds) is revoked. */
  revokeTokensBefore(sub: string, at: number): Promise<void>;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** One UpdateItem per write (merging, so concurrent sign-ins cannot lose `createdAt`). */
export function createUserRecords(table: TableAccess, now = nowSeconds): UserRecords {
  return {
    async get(sub) {
      const item = await table.get(tableKeys.user(sub));
      if (!item) return undefined;
      return {
        sub,
        username: String(item.username ?? ''),
        createdAt: Number(item.createdAt ?? 0),
        groups: Array.isArray(item.groups) ? item.groups.map(String) : [],
        tokensRevokedBefore:
          typeof item.tokensRevokedBefore === 'number' ? item.tokensRevokedBefore : undefined,
      };
    },
    async recordSeen({ sub, username, groups }) {
      const set = [
        '#sub = :sub',
        'username = :username',
        'createdAt = if_not_exists(createdAt, :now)',
      ];
      // A sign-up knows no groups: keep those of an earlier sign-in, or start with none.
      set.push(groups ? '#groups = :groups' : '#groups = if_not_exists(#groups, :groups)');
      const item = await table.update(tableKeys.user(sub), {
        UpdateExpression: `SET ${set.join(', ')}`,
        ExpressionAttributeNames: { '#sub': 'sub', '#groups': 'groups' },
        ExpressionAttributeValues: {
          ':sub': sub,
          ':username': username.toLowerCase(),
          ':now': now(),
          ':groups': groups ?? [],
        },
      });
      return typeof item.tokensRevokedBefore === 'number' ? item.tokensRevokedBefore : undefined;
    },
    async revokeTokensBefore(sub, at) {
      await table.update(tableKeys.user(sub), {
        UpdateExpression: 'SET #sub = :sub, tokensRevokedBefore = :at',
        ExpressionAttributeNames: { '#sub': 'sub' },
        ExpressionAttributeValues: { ':sub': sub, ':at': at },
      });
    },
  };
}
