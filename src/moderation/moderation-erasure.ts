import type { TableAccess } from '../storage/dynamo-table';
import { tableKeys, type TableKey } from '../storage/table-keys';
import { userDataKind, type UserDataKind } from '../storage/user-data';
import type { BansRepository } from './bans-repository';

/**
 * What moderation keeps per user, for account erasure: the ban list entry and the username
 * pointer (only while it still points at this user: a later account may own the name). The ban
 * itself goes with the user record's tombstone.
 */
export function createModerationErasure(table: TableAccess, bans: BansRepository): UserDataKind[] {
  return [
    userDataKind<string>({
      name: 'ban list entries',
      list: async (sub) => ({ items: (await bans.entryOf(sub)) ? [sub] : [] }),
      erase: (sub) => bans.removeEntry(sub),
    }),
    userDataKind<{ key: TableKey; sub: string }>({
      name: 'username pointers',
      async list(sub) {
        const record = await table.get(tableKeys.user(sub));
        const username = typeof record?.username === 'string' ? record.username : '';
        return { items: username ? [{ key: tableKeys.username(username), sub }] : [] };
      },
      async erase({ key, sub }) {
        await table.takeIf(key, {
          ConditionExpression: '#sub = :sub',
          ExpressionAttributeNames: { '#sub': 'sub' },
          ExpressionAttributeValues: { ':sub': sub },
        });
      },
    }),
  ];
}
