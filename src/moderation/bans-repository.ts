import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys, TTL_ATTRIBUTE } from '../storage/table-keys';
import { toStoredBan, type StoredBan } from '../storage/user-ban';

/** A ban list entry: whom (sub and name) and the ban as it was placed. */
export interface BanEntry {
  sub: string;
  username: string;
  ban: StoredBan;
}

/** Bans live on the user record (what the write guards read) and in the `meta#bans` list. */
export interface BansRepository {
  /** The `sub` behind a username (any case), from the pointer sign-up and sign-in write. */
  subOf(username: string): Promise<string | undefined>;
  /** Puts the ban on a live user's record, then lists it; false when the record is gone or being erased. */
  place(entry: BanEntry): Promise<boolean>;
  /** Takes the ban off the record, then off the list; a user without a ban is no error. */
  lift(sub: string): Promise<void>;
  /** One Query of the ban list (ended bans included: the caller filters by its clock). */
  list(): Promise<BanEntry[]>;
  /** One user's list entry, for account erasure. */
  entryOf(sub: string): Promise<Item | undefined>;
  /** Deletes one user's list entry. */
  removeEntry(sub: string): Promise<void>;
}

/** The bans over the one table: two writes per change, in the order that fails towards "banned". */
export function createBansRepository(table: TableAccess): BansRepository {
  return {
    async subOf(username) {
      const pointer = await table.get(tableKeys.username(username.toLowerCase()));
      return typeof pointer?.sub === 'string' ? pointer.sub : undefined;
    },
    async place({ sub, username, ban }) {
      // The record first: if the list write then fails the user is banned but unlisted, and the
      // moderator's retry (same request) repairs it; never listed-but-free.
      const updated = await table.updateIf(tableKeys.user(sub), {
        UpdateExpression: 'SET ban = :ban',
        ConditionExpression:
          'attribute_exists(username) AND attribute_not_exists(deletingSince) AND attribute_not_exists(deletedAt)',
        ExpressionAttributeValues: { ':ban': ban },
      });
      if (!updated) return false;
      // TTL only cleans up ended bans (a week later); a permanent one never expires.
      const permanent = ban.endsAt === null;
      await table.update(tableKeys.ban(sub), {
        UpdateExpression: permanent
          ? 'SET username = :username, ban = :ban REMOVE #ttl'
          : 'SET username = :username, ban = :ban, #ttl = :ttl',
        ExpressionAttributeNames: { '#ttl': TTL_ATTRIBUTE },
        ExpressionAttributeValues: {
          ':username': username,
          ':ban': ban,
          ...(permanent ? {} : { ':ttl': Number(ban.endsAt) + 7 * 86400 }),
        },
      });
      return true;
    },
    async lift(sub) {
      await table.updateIf(tableKeys.user(sub), {
        UpdateExpression: 'REMOVE ban',
        ConditionExpression: 'attribute_exists(ban)',
      });
      await table.deleteExisting(tableKeys.ban(sub));
    },
    async list() {
      const { items } = await table.query({
        KeyConditionExpression: 'board = :bans',
        ExpressionAttributeValues: { ':bans': tableKeys.bans },
      });
      return items.flatMap((item) => {
        const ban = toStoredBan(item.ban);
        return ban ? [{ sub: String(item.id), username: String(item.username ?? ''), ban }] : [];
      });
    },
    entryOf: (sub) => table.get(tableKeys.ban(sub)),
    async removeEntry(sub) {
      await table.deleteExisting(tableKeys.ban(sub));
    },
  };
}
