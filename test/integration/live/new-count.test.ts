import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let moderator: ApiCaller;
let reader: SignedInAgent;

beforeAll(async () => {
  t = await createTestApp();
  [alice, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
  const user = await createConfirmedUser(t);
  reader = await signInAgent(t, user.username, user.password);
  await moderator.post('/api/boards', { slug: 'club', title: 'Club' }).expect(201);
  await moderator
    .post('/api/boards', { slug: 'open', title: 'Open', visibility: 'public' })
    .expect(201);
});
afterAll(() => t.close());

const post = async (slug: string, text: string, parentId?: string) =>
  (await alice.post(`/api/boards/${slug}/comments`, { text, parentId }).expect(201)).body as {
    id: string;
  };
const countOf = (slug: string, query: string) => reader.agent.get(`/b/${slug}/new-count?${query}`);

describe('GET /b/:slug/new-count', () => {
  it('when two comments and a reply arrive after the one shown, then the count is 3', async () => {
    const shown = await post('club', 'seen');
    const top = await post('club', 'new 1');
    await post('club', 'new 2');
    await post('club', 'a reply', top.id);
    const res = await countOf('club', `after=${shown.id}`).expect(200);
    expect(res.body).toEqual({ count: 3 });
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('when a thread is named, then only its replies count', async () => {
    const top = await post('club', 'thread');
    const other = await post('club', 'other');
    await post('club', 'reply 1', top.id);
    await post('club', 'reply 2', top.id);
    await post('club', 'elsewhere', other.id);
    const res = await countOf('club', `after=${other.id}&thread=${top.id}`).expect(200);
    expect(res.body).toEqual({ count: 2 });
  });

  it('when the ETag is sent back unchanged, then 304 with no body; a new comment changes it', async () => {
    const shown = await post('club', 'etag base');
    const first = await countOf('club', `after=${shown.id}`).expect(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/ prefix
    const again = await countOf('club', `after=${shown.id}`).set('If-None-Match', etag).expect(304);
    expect(again.text).toBe('');
    await post('club', 'one more');
    const changed = await countOf('club', `after=${shown.id}`).set('If-None-Match', etag);
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({ count: 1 });
    expect(changed.headers.etag).not.toBe(etag);
  });

  it('when `after` is not a comment id, then 400 validation_error as JSON', async () => {
    const res = await countOf('club', 'after=nope').expect(400);
    expect(res.body.error.code).toBe('validation_error');
  });

  it('when the board does not exist, then 404 as JSON', async () => {
    const res = await countOf('nowhere', '').expect(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('when signed out on a members-only board, then 401 as JSON; on a public board, then the count', async () => {
    const shown = await post('open', 'public seen');
    await post('open', 'public new');
    const members = await request(t.app).get('/b/club/new-count').expect(401);
    expect(members.body.error.code).toBe('unauthorized');
    const open = await request(t.app).get(`/b/open/new-count?after=${shown.id}`).expect(200);
    expect(open.body).toEqual({ count: 1 });
  });

  it('when the session cookie is invalid, then 401 even on a public board (never read as signed out)', async () => {
    const res = await request(t.app)
      .get('/b/open/new-count')
      .set('Cookie', 'session=not-a-token')
      .expect(401);
    expect(res.body.error.code).toBe('unauthorized');
  });
});
