import request from 'supertest';
import { createApp } from '../../../src/app';
import { createBoardsRepository } from '../../../src/boards/boards-repository';
import { createCommentsRepository } from '../../../src/comments/comments-repository';
import { createCommentsService } from '../../../src/comments/comments-service';
import { createIdempotencyStore } from '../../../src/comments/idempotency-store';
import { createPostRateLimit, POST_RATE_SCOPE } from '../../../src/comments/post-rate-limit';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { createRateLimiter } from '../../../src/storage/rate-limits';
import { createConfirmedUser, apiTokens, signInAgent } from '../../helpers/auth-helpers';
import { apiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const LIMIT = 3;
// 10 s into a minute: the window ends in 50 s.
const clock = { ms: Date.parse('2026-11-25T12:00:10.000Z') };

let t: TestApp;
/** One more app instance with its own SDK client and service, on the same table (another Lambda). */
function instance(base: TestApp) {
  const table = createTableAccess(createDynamoClient(base.config), base.config.commentsTable);
  const limiter = createRateLimiter(table, {
    scope: POST_RATE_SCOPE,
    limit: LIMIT,
    windowSeconds: 60,
  });
  const comments = createCommentsService({
    repository: createCommentsRepository(table),
    boards: createBoardsRepository(table),
    idempotency: createIdempotencyStore(table),
    rateLimit: createPostRateLimit(limiter),
    now: () => clock.ms,
  });
  return createApp({ ...base.deps, comments });
}

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('per-user rate limit on posts, replies and edits', () => {
  it('when one user writes through two app instances, then the limit holds across both, with Retry-After, until the next minute', async () => {
    const [a, b] = [instance(t), instance(t)];
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const auth = { Authorization: `Bearer ${accessToken}` };
    const post = (app: typeof a, body: object) =>
      request(app).post('/api/comments').set(auth).send(body);

    const first = await post(a, { text: 'one' }).expect(201);
    await post(b, { text: 'two', parentId: first.body.id }).expect(201);
    await request(a)
      .patch(`/api/comments/${first.body.id}`)
      .set(auth)
      .send({ text: 'one, edited' })
      .expect(200);
    const refused = await post(b, { text: 'four' });
    const edit = await request(b)
      .patch(`/api/comments/${first.body.id}`)
      .set(auth)
      .send({ text: 'again' });

    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
    expect(refused.headers['retry-after']).toBe('50');
    expect([edit.status, edit.body.error.code]).toEqual([429, 'rate_limited']);
    const listed = await request(a).get('/api/comments').set(auth);
    expect(listed.body.items.map((c: { text: string }) => c.text)).toEqual(['one, edited']);

    clock.ms += 60_000;
    await post(b, { text: 'next minute' }).expect(201);
  });

  it('when another user writes meanwhile, then their limit is their own', async () => {
    const app = instance(t);
    const [ann, ben] = await Promise.all([createConfirmedUser(t), createConfirmedUser(t)]);
    const annToken = (await apiTokens(t, ann.username, ann.password)).accessToken;
    const benToken = (await apiTokens(t, ben.username, ben.password)).accessToken;
    for (let i = 0; i < LIMIT; i += 1) {
      await request(app)
        .post('/api/comments')
        .set({ Authorization: `Bearer ${annToken}` })
        .send({ text: `ann ${i}` })
        .expect(201);
    }
    await request(app)
      .post('/api/comments')
      .set({ Authorization: `Bearer ${benToken}` })
      .send({ text: 'ben' })
      .expect(201);
  });

  it('when the form is over the limit, then the page says to wait and keeps the typed text', async () => {
    const app = instance(t);
    const user = await createConfirmedUser(t);
    const page = await signInAgent({ ...t, app }, user.username, user.password);
    const postForm = (text: string) =>
      page.agent.post('/comments').type('form').send({ _csrf: page.csrfToken, text });
    for (let i = 0; i < LIMIT; i += 1) expect((await postForm(`form ${i}`)).status).toBe(303);

    const res = await postForm('Typed while over the limit');

    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
    expect(res.text).toContain('Please wait');
    expect(res.text).toContain('Typed while over the limit');
    expect(res.text).not.toContain('rate_limited');
  });
});

describe('the rate limit and idempotency keys', () => {
  it('when a post, a reply and an edit are made, then each takes from the limit once and a replay takes nothing', async () => {
    const alice = await apiCaller({ ...t, app: instance(t) });
    const postKeyed = (key: string, text: string) =>
      alice.post('/api/comments', { text }).set('Idempotency-Key', key);
    const top = (await postKeyed('counted-1', 'top').expect(201)).body;
    await postKeyed('counted-1', 'top').expect(201);
    await alice.post('/api/comments', { text: 're', parentId: top.id }).expect(201);
    await alice.patch(`/api/comments/${top.id}`, { text: 'top, edited' }).expect(200);

    // Three taken (post, reply, edit): had the replay counted, the edit would have been refused.
    const fourth = await alice.post('/api/comments', { text: 'fourth' });
    expect([fourth.status, fourth.body.error.code]).toEqual([429, 'rate_limited']);

    // Over the limit, a keyed post stores nothing and gives its key back: its replay is limited
    // too, and next minute the same key posts anew (not as a replay).
    const refused = await postKeyed('limited-1', 'over the limit');
    expect([refused.status, refused.body.error.code]).toEqual([429, 'rate_limited']);
    expect((await postKeyed('limited-1', 'over the limit')).status).toBe(429);
    const texts = (await alice.get('/api/comments')).body.items.map(
      (c: { text: string }) => c.text,
    );
    expect(texts).not.toContain('over the limit');
    clock.ms += 60_000;
    const later = await postKeyed('limited-1', 'over the limit').expect(201);
    expect(later.headers['idempotent-replayed']).toBeUndefined();
  });
});
