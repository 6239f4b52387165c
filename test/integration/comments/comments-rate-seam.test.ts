import { createApp } from '../../../src/app';
import { createBoardsRepository } from '../../../src/boards/boards-repository';
import { createCommentsRepository } from '../../../src/comments/comments-repository';
import { createCommentsService } from '../../../src/comments/comments-service';
import { createIdempotencyStore } from '../../../src/comments/idempotency-store';
import { createDynamoClient } from '../../../src/dependencies';
import { AppError } from '../../../src/http/errors';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
/** Stands in for the per-user limiter of another branch: refuses while `full` is set. */
const limiter = {
  full: false,
  takes: 0,
  async take() {
    this.takes += 1;
    if (this.full) throw new AppError(429, 'rate_limited', 'Too many posts; try again later');
  },
};

beforeAll(async () => {
  const base = await createTestApp();
  const table = createTableAccess(createDynamoClient(base.config), base.config.commentsTable);
  const comments = createCommentsService({
    repository: createCommentsRepository(table),
    boards: createBoardsRepository(table),
    idempotency: createIdempotencyStore(table),
    rateLimit: limiter,
  });
  t = { ...base, app: createApp({ ...base.deps, comments }) };
  alice = await apiCaller(t);
});
afterAll(() => t.close());

const postKeyed = (key: string, text: string) =>
  alice.post('/api/comments', { text }).set('Idempotency-Key', key);

describe('the rate-limit seam', () => {
  it('when a keyed post is over the limit, then it is refused, stores nothing, and its replay is limited too', async () => {
    limiter.full = true;
    const refused = await postKeyed('limited-1', 'over the limit');
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
    const replay = await postKeyed('limited-1', 'over the limit');
    expect(replay.status).toBe(429);
    expect((await alice.get('/api/comments')).body.items).toEqual([]);

    limiter.full = false;
    const later = await postKeyed('limited-1', 'over the limit').expect(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
    expect((await alice.get('/api/boards/main')).body.commentCount).toBe(1);
  });

  it('when a post, a reply and an edit are made, then each takes from the limit once; a replay takes nothing', async () => {
    limiter.takes = 0;
    const top = (await postKeyed('counted-1', 'top').expect(201)).body;
    await postKeyed('counted-1', 'top').expect(201);
    await alice.post('/api/comments', { text: 're', parentId: top.id }).expect(201);
    await alice.patch(`/api/comments/${top.id}`, { text: 'top, edited' }).expect(200);
    expect(limiter.takes).toBe(3);
  });
});
