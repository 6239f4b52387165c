import type { Item, TableAccess } from '../../../src/storage/dynamo-table';
import {
  createRevokedRefreshTokens,
  REFRESH_TOKEN_LIFETIME_SECONDS,
} from '../../../src/auth/revoked-refresh-tokens';

/** The table as a map: only the two calls the list makes. */
function memoryTable(): { table: TableAccess; items: Map<string, Item> } {
  const items = new Map<string, Item>();
  const keyOf = (item: Item) => `${String(item.board)}|${String(item.id)}`;
  const table = {
    get: async (key: Item) => items.get(keyOf(key)),
    putIf: async (item: Item) => {
      items.set(keyOf(item), item);
      return true;
    },
  } as unknown as TableAccess;
  return { table, items };
}

describe('revoked refresh tokens', () => {
  let clock = 1_700_000_000_000;
  const now = () => clock;

  it('when a token is revoked, then it is refused until its lifetime has passed, and the table holds no token', async () => {
    const { table, items } = memoryTable();
    const revoked = createRevokedRefreshTokens(table, now);

    await revoked.add('the-refresh-token');

    expect(await revoked.has('the-refresh-token')).toBe(true);
    expect(await revoked.has('another-token')).toBe(false);
    expect(JSON.stringify([...items.entries()])).not.toContain('the-refresh-token');
    clock += (REFRESH_TOKEN_LIFETIME_SECONDS - 1) * 1000;
    expect(await revoked.has('the-refresh-token')).toBe(true);
    clock += 2000;
    // Expired items may linger (TTL cleans up late, dynalite never): the code checks expiry itself.
    expect(await revoked.has('the-refresh-token')).toBe(false);
  });
});
