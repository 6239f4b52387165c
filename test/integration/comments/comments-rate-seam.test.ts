import { createApp } from '../../../src/app';
import { createBoardsRepository } from '../../../src/boards/boards-repository';
import { createCommentsRepository } from '../../../src/comments/comments-repository';
import { createCommentsService } from '../../../src/comments/comments-service';
import { createIdempotencyStore } from '../../../src/comments/idempotency-store';
import { createPostRateLimit, POST_RATE_SCOPE } from '../../../src/comments/post-rate-limit';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { createRateLimiter } from '../../../src/storage/rate-limits';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
/** The service's clock, which the limiter's windows follow: a test moves to the next minute. */
const clock = { ms: Date.parse('2026-11-25T12:00:00.000Z') };

beforeAll(async () => {
  const base = await createTestApp();
  const table = createTableAccess(createDynamoClient(base.config), base.config.commentsTable);
  const limiter = createRateLimiter(table, { scope: POST_RATE_SCOPE, limit: 3, windowSeconds: 60 });
  const comments = createCommentsService({
    repository: createCommentsRepository(table),
    boards: createBoardsRepository(table),
    idempotency: createIdempotencyStore(table),
    rateLimit: createPostRateLimit(limiter),
    now: () => clock.ms,
  });
  t = { ...base, app: createApp({ ...base.deps, comments }) };
  alice = await apiCaller(t);
});
afterAll(() => t.close());

const postKeyed = (key: string, text: string) =>
  alice.post('/api/comments', { text }).set('Idempotency-Key', key);

describe('the rate limit and idempotency keys', () => {
  it('when a post, a reply and an edit are made, then each takes from the limit once and a replay takes nothing', async () => {
    const top = (await postKeyed('counted-1', 'top').expect(201)).body;
    await postKeyed('counted-1', 'top').expect(201);
    await alice.post('/api/comments', { text: 're', parentId: top.id }).expect(201);
    await alice.patch(`/api/comments/${top.id}`, { text: 'top, edited' }).expect(200);

    // Three taken (post, reply, edit): had the replay counted, the edit would have been refused.
    const fourth = await alice.post('/api/comments', { text: 'fourth' });
    expect([fourth.status, fourth.body.error.code]).toEqual([429, 'rate_limited']);
  });

  it('when a keyed post is over the limit, then it stores nothing, its replay is limited too, and next minute it posts anew', async () => {
    const refused = await postKeyed('limited-1', 'over the limit');
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
    const replay = await postKeyed('limited-1', 'over the limit');
    expect(replay.status).toBe(429);
    const texts = (await alice.get('/api/comments')).body.items.map(
      (c: { text: string }) => c.text,
    );
    expect(texts).not.toContain('over the limit');

    clock.ms += 60_000;
    const later = await postKeyed('limited-1', 'over the limit').expect(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });
});
