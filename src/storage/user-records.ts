import type { Item, TableAccess } from './dynamo-table';
import { tableKeys } from './table-keys';
import { toStoredBan, type StoredBan } from './user-ban';

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
  /** The account's erasure started then (epoch seconds) and has not finished: no token may write. */
  deletingSince?: number;
  /** The account was erased then (a tombstone: no username, no groups); no token may write. */
  deletedAt?: number;
  /** A moderator's ban (possibly ended: see activeBan). */
  ban?: StoredBan;
}

/** What a sign-in learns from the record it updates (same call, no extra read). */
export interface SeenMarkers {
  tokensRevokedBefore?: number;
  /** Set when the account is being erased (or was): the sign-in must finish that, not sign in. */
  deletingSince?: number;
  /** The record's ban, if any (possibly ended): a banned user may not sign in. */
  ban?: StoredBan;
}

/** The user records; the `ban` map is placed and lifted by src/moderation/bans-repository.ts. */
export interface UserRecords {
  /** Strongly consistent GetItem: a sign-out must hold on the very next request. */
  get(sub: string): Promise<UserRecord | undefined>;
  /**
   * Merges a sign-in (or sign-up: no groups yet) into the record; `createdAt` only when new.
   * Resolves the record's revocation, deletion and ban markers (same call, no extra read). Also
   * (re)writes the username pointer, so moderators can find the `sub` by name (+1 UpdateItem, in parallel).
   */
  recordSeen(user: { sub: string; username: string; groups?: string[] }): Promise<SeenMarkers>;
  /** Records that every token issued up to `at` (epoch seconds) is revoked. */
  revokeTokensBefore(sub: string, at: number): Promise<void>;
  /**
   * Erasure's first step, one UpdateItem: the account is being deleted since `at` (kept when already
   * set) and every token issued up to `at` is revoked.
   */
  markDeleting(sub: string, at: number): Promise<void>;
  /**
   * Erasure's last step: the record becomes a tombstone (sub, deletedAt, tokensRevokedBefore), without
   * username or groups. Only over a record marked deleting (or an earlier tombstone); false otherwise.
   */
  tombstone(sub: string, at: number): Promise<boolean>;
}

const numberOr = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : undefined;

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Reads a stored user record item back (the write guards read it inside their own batches too). */
export function toUserRecord(sub: string, item: Item): UserRecord {
  return {
    sub,
    username: String(item.username ?? ''),
    createdAt: Number(item.createdAt ?? 0),
    groups: Array.isArray(item.groups) ? item.groups.map(String) : [],
    tokensRevokedBefore: numberOr(item.tokensRevokedBefore),
    deletingSince: numberOr(item.deletingSince),
    deletedAt: numberOr(item.deletedAt),
    ban: toStoredBan(item.ban),
  };
}

/**
 * Tokens issued at or before this time (epoch s) may change nothing: the sign-out marker, or every
 * token once the account is being erased (even ones refreshed since); -1 when none is revoked.
 */
export function tokensRevokedBefore(record: UserRecord | undefined): number {
  if (record?.deletingSince !== undefined || record?.deletedAt !== undefined) return Infinity;
  return record?.tokensRevokedBefore ?? -1;
}

/** One UpdateItem per write (merging, so concurrent sign-ins cannot lose `createdAt`). */
export function createUserRecords(table: TableAccess, now = nowSeconds): UserRecords {
  return {
    async get(sub) {
      const item = await table.get(tableKeys.user(sub));
      return item && toUserRecord(sub, item);
    },
    async recordSeen({ sub, username, groups }) {
      const set = [
        '#sub = :sub',
        'username = :username',
        'createdAt = if_not_exists(createdAt, :now)',
      ];
      // A sign-up knows no groups: keep those of an earlier sign-in, or start with none.
      set.push(groups ? '#groups = :groups' : '#groups = if_not_exists(#groups, :groups)');
      const lower = username.toLowerCase();
      // Cognito names are unique at any one time: the latest account to sign in with it owns it.
      const pointer = table.update(tableKeys.username(lower), {
        UpdateExpression: 'SET #sub = :sub',
        ExpressionAttributeNames: { '#sub': 'sub' },
        ExpressionAttributeValues: { ':sub': sub },
      });
      const update = table.update(tableKeys.user(sub), {
        UpdateExpression: `SET ${set.join(', ')}`,
        ExpressionAttributeNames: { '#sub': 'sub', '#groups': 'groups' },
        ExpressionAttributeValues: {
          ':sub': sub,
          ':username': lower,
          ':now': now(),
          ':groups': groups ?? [],
        },
      });
      const [item] = await Promise.all([update, pointer]);
      // A tombstone signed into again (its Cognito user outlived it) is an erasure to finish too.
      const deletingSince = numberOr(item.deletingSince) ?? numberOr(item.deletedAt);
      return {
        tokensRevokedBefore: numberOr(item.tokensRevokedBefore),
        deletingSince,
        ban: toStoredBan(item.ban),
      };
    },
    async revokeTokensBefore(sub, at) {
      await table.update(tableKeys.user(sub), {
        UpdateExpression: 'SET #sub = :sub, tokensRevokedBefore = :at',
        ExpressionAttributeNames: { '#sub': 'sub' },
        ExpressionAttributeValues: { ':sub': sub, ':at': at },
      });
    },
    async markDeleting(sub, at) {
      await table.update(tableKeys.user(sub), {
        UpdateExpression:
          'SET #sub = :sub, deletingSince = if_not_exists(deletingSince, :at), tokensRevokedBefore = :at',
        ExpressionAttributeNames: { '#sub': 'sub' },
        ExpressionAttributeValues: { ':sub': sub, ':at': at },
      });
    },
    tombstone(sub, at) {
      // Conditional: a record that was never marked (or a mistyped sub) is not turned into a tombstone.
      return table.putIf(
        { ...tableKeys.user(sub), sub, deletedAt: at, tokensRevokedBefore: at },
        { ConditionExpression: 'attribute_exists(deletingSince) OR attribute_exists(deletedAt)' },
      );
    },
  };
}
