import { createAccountErasure, eraseRemains } from '../../../src/accounts/account-erasure';
import type { UserDataKind } from '../../../src/storage/user-data';
import type { UserRecord } from '../../../src/storage/user-records';

/** A kind over an in-memory list of ids, served `pageSize` at a time; every call is logged. */
function memoryKind(name: string, ids: string[], log: string[], pageSize = 2): UserDataKind {
  const stored = new Set(ids);
  return {
    name,
    async list(_sub, startKey) {
      // Keys after the previous page's last one, as DynamoDB's ExclusiveStartKey reads them.
      const rest = [...stored].sort().filter((id) => !startKey || id > String(startKey.after));
      const items = rest.slice(0, pageSize);
      log.push(`list ${name}`);
      const more = rest.length > pageSize;
      return { items, lastKey: more ? { after: items[items.length - 1] } : undefined };
    },
    async erase(id) {
      log.push(`erase ${String(id)}`);
      stored.delete(String(id));
    },
  };
}

function setup(record: Partial<UserRecord> = {}, deleteUser = async () => {}) {
  const log: string[] = [];
  const users = {
    get: async (): Promise<UserRecord> => ({
      sub: 's',
      username: 'u',
      createdAt: 1,
      groups: [],
      ...record,
    }),
    markDeleting: async (_sub: string, at: number) => void log.push(`mark ${at}`),
    tombstone: async (_sub: string, at: number) => (log.push(`tombstone ${at}`), true),
  };
  const kinds = [memoryKind('comments', ['c1', 'c2', 'c3'], log), memoryKind('keys', ['k1'], log)];
  const cognito = {
    deleteUser: async (token: string) => {
      log.push(`deleteUser ${token}`);
      await deleteUser();
    },
  };
  const now = () => 5000;
  return { log, users, kinds, erasure: createAccountErasure({ users, kinds, cognito, now }) };
}

describe('account erasure', () => {
  it('when an erasure runs, then it marks, erases every page of every kind, deletes the Cognito user, erases again, then tombstones', async () => {
    const { log, erasure } = setup();

    await erasure.begin('s');
    const counts = await erasure.finish('s', 'token');

    expect(log).toEqual([
      'mark 5',
      'list comments',
      'erase c1',
      'erase c2',
      'list comments',
      'erase c3',
      'list keys',
      'erase k1',
      'deleteUser token',
      'list comments',
      'list keys',
      'tombstone 5',
    ]);
    expect(counts).toEqual({ comments: 3, keys: 1 });
  });

  it('when a comment reaches the index only after the first pass, then the second pass erases it', async () => {
    const log: string[] = [];
    const late = memoryKind('comments', [], log);
    const { users } = setup();
    const cognito = { deleteUser: async () => void log.push('deleteUser') };
    let listed = 0;
    const lagging: UserDataKind = {
      ...late,
      // The index shows the comment written just before the deletion from its second read on.
      list: async () => ({ items: listed++ === 0 ? [] : ['late-comment'] }),
    };
    const erasure = createAccountErasure({ users, kinds: [lagging], cognito });

    const counts = await erasure.finish('s', 'token');

    expect(log).toEqual(['deleteUser', 'erase late-comment']);
    expect(counts).toEqual({ comments: 1 });
  });

  it('when DeleteUser fails, then the error comes through and the record is not tombstoned', async () => {
    const down = async () => {
      throw new Error('Cognito unreachable');
    };
    const { log, erasure } = setup({}, down);

    await expect(erasure.finish('s', 'token')).rejects.toThrow('Cognito unreachable');

    expect(log).not.toContain('tombstone 5');
    expect(log).toContain('erase c3');
  });

  it('when the remains of an account never marked deleting are asked for, then nothing is erased', async () => {
    const { log, users, kinds } = setup();

    expect(await eraseRemains({ users, kinds }, 's')).toBeUndefined();
    expect(log).toEqual([]);
  });

  it('when the remains of a deleted account are erased, then every kind is walked and the tombstone rewritten', async () => {
    const { log, users, kinds } = setup({ deletedAt: 4 });

    const counts = await eraseRemains({ users, kinds, now: () => 9000 }, 's');

    expect(counts).toEqual({ comments: 3, keys: 1 });
    expect(log[log.length - 1]).toBe('tombstone 9');
  });
});
