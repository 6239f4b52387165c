import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ensureTable } from '../../../src/local/provision';
import { createTableAccess, type TableAccess } from '../../../src/storage/dynamo-table';
import { createRateLimiter, type RateLimiter } from '../../../src/storage/rate-limits';
import { tableKeys, TTL_ATTRIBUTE } from '../../../src/storage/table-keys';
import { testEndpoints } from '../../helpers/test-app';

const LOCAL = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};
const RULE = { scope: 'post', limit: 10, windowSeconds: 60 };
/** A window start: a multiple of 60 s, in epoch milliseconds. */
const WINDOW_START_MS = 1_800_000_000_000;

const clients: DynamoDBClient[] = [];
let tableName: string;
let clock = WINDOW_START_MS;
const now = () => clock;

/** One Lambda instance's view of the table: its own SDK client, the shared table. */
function lambdaInstance(): { table: TableAccess; limiter: RateLimiter } {
  const client = new DynamoDBClient({ ...LOCAL, endpoint: testEndpoints().dynamo });
  clients.push(client);
  const table = createTableAccess(DynamoDBDocumentClient.from(client), tableName);
  return { table, limiter: createRateLimiter(table, RULE, now) };
}

const newUser = () => `user-${randomUUID()}`;

beforeAll(async () => {
  tableName = `rate-${randomUUID().slice(0, 8)}`;
  const admin = new DynamoDBClient({ ...LOCAL, endpoint: testEndpoints().dynamo });
  clients.push(admin);
  await ensureTable(admin, tableName);
});
afterAll(() => clients.forEach((client) => client.destroy()));

describe('per-user rate limit in the table, shared by two Lambda instances', () => {
  it('when a user takes 10 actions across both instances, then the 11th in the window is refused with the seconds left in the window, and the next window allows again', async () => {
    const [a, b] = [lambdaInstance(), lambdaInstance()];
    const user = newUser();
    clock = WINDOW_START_MS + 1_000;
    const decisions = [];
    for (let i = 0; i < 10; i += 1) {
      decisions.push(await (i % 2 === 0 ? a : b).limiter.take(user));
    }

    clock = WINDOW_START_MS + 23_400;
    const eleventh = await b.limiter.take(user);
    clock = WINDOW_START_MS + 59_999;
    const lastMoment = await a.limiter.take(user);
    clock = WINDOW_START_MS + 60_000;
    const nextWindow = await a.limiter.take(user);

    expect(decisions).toEqual(Array(10).fill({ allowed: true }));
    expect(eleventh).toEqual({ allowed: false, retryAfterSeconds: 37 });
    expect(lastMoment).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(nextWindow).toEqual({ allowed: true });
  });

  it('when 30 calls of one user arrive at once on both instances, then exactly 10 are allowed and the counter says 10', async () => {
    const [a, b] = [lambdaInstance(), lambdaInstance()];
    const user = newUser();
    clock = WINDOW_START_MS + 5_000;

    const decisions = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? a : b).limiter.take(user)),
    );

    expect(decisions.filter((d) => d.allowed)).toHaveLength(10);
    expect(decisions.filter((d) => !d.allowed)).toHaveLength(20);
    const counter = await a.table.get(tableKeys.rateLimit('post', user, WINDOW_START_MS / 1000));
    expect(counter?.count).toBe(10);
  });

  it('when one user is at the limit, then another user and another scope still have their own room', async () => {
    const { table, limiter } = lambdaInstance();
    const [busy, other] = [newUser(), newUser()];
    clock = WINDOW_START_MS + 2_000;
    for (let i = 0; i < 10; i += 1) await limiter.take(busy);
    const reports = createRateLimiter(table, { ...RULE, scope: 'report' }, now);

    expect(await limiter.take(busy)).toMatchObject({ allowed: false });
    expect(await limiter.take(other)).toEqual({ allowed: true });
    expect(await reports.take(busy)).toEqual({ allowed: true });
  });

  it('when a window is counted, then its item is keyed by the window start and carries a TTL after the window ends (cleanup only)', async () => {
    const { table, limiter } = lambdaInstance();
    const user = newUser();
    clock = WINDOW_START_MS + 30_000;

    await limiter.take(user);

    const windowStart = WINDOW_START_MS / 1000;
    const item = await table.get(tableKeys.rateLimit('post', user, windowStart));
    expect(item).toEqual({
      board: `rate#post#${user}`,
      id: String(windowStart),
      count: 1,
      [TTL_ATTRIBUTE]: windowStart + 120,
    });
  });
});
