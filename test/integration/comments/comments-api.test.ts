import request from 'supertest';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: string;
let bob: string;
let moderator: string;

async function tokenFor(groups: string[] = []): Promise<string> {
  const user = await createConfirmedUser(t, { groups });
  return (await apiTokens(t, user.username, user.password)).accessToken;
}
const post = (token: string, body: unknown) =>
  request(t.app)
    .post('/api/comments')
    .set('Authorization', `Bearer ${token}`)
    .send(body as object);
const get = (token: string, path: string) =>
  request(t.app).get(path).set('Authorization', `Bearer ${token}`);
const del = (token: string, id: string) =>
  request(t.app).delete(`/api/comments/${id}`).set('Authorization', `Bearer ${token}`);

beforeAll(async () => {
  t = await createTestApp({ ALLOWED_ORIGINS: 'https://app.example.com' });
  [alice, bob, moderator] = await Promise.all([tokenFor(), tokenFor(), tokenFor(['moderators'])]);
});
afterAll(() => t.close());

describe('comments JSON API', () => {
  it('when a comment is posted, then it is 201 with Location and is listed first', async () => {
    const res = await post(alice, { text: '  Hello, board!  ', userId: 'x', username: 'mallory' });
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe(`/api/comments/${res.body.id}`);
    expect(Object.keys(res.body).sort()).toEqual(
      [
        'board',
        'createdAt',
        'deleted',
        'editedAt',
        'html',
        'id',
        'likedByMe',
        'likes',
        'parentId',
        'replyCount',
        'text',
        'updatedAt',
        'userId',
        'username',
      ].sort(),
    );
    expect(res.body).toMatchObject({
      board: 'main',
      parentId: null,
      editedAt: null,
      replyCount: 0,
      deleted: false,
    });
    expect(res.body.text).toBe('Hello, board!');
    expect(res.body.username).not.toBe('mallory');
    expect(res.body.userId).not.toBe('x');
    expect(res.body.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const list = await get(bob, '/api/comments');
    expect(list.status).toBe(200);
    expect(list.body.items[0]).toEqual(res.body);
    expect(list.body).toHaveProperty('nextCursor', null);
    const one = await get(bob, res.headers.location);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(res.body);
  });

  it('when no token is sent, then every comments endpoint is 401', async () => {
    const res = await request(t.app).get('/api/comments');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await request(t.app).post('/api/comments').send({ text: 'x' })).status).toBe(401);
  });

  it('when the author deletes a comment, then it is 204 and gone (404) for others', async () => {
    const { body } = await post(alice, { text: 'mine to delete' });
    expect((await del(alice, body.id)).status).toBe(204);
    expect((await get(bob, `/api/comments/${body.id}`)).status).toBe(404);
    expect((await get(alice, `/api/comments/${body.id}`)).status).toBe(404);
    const list = await get(alice, '/api/comments?limit=100');
    expect(list.body.items.map((c: { id: string }) => c.id)).not.toContain(body.id);
    expect((await del(alice, body.id)).status).toBe(404);
  });

  it('when someone else deletes a comment, then it is 403 and the comment stays', async () => {
    const { body } = await post(alice, { text: 'not yours' });
    const res = await del(bob, body.id);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    expect((await get(bob, `/api/comments/${body.id}`)).status).toBe(200);
  });

  it('when a moderator hides a comment, then it is 204, unlisted, still visible to moderators', async () => {
    const { body } = await post(alice, { text: 'rude words' });
    expect((await del(moderator, body.id)).status).toBe(204);
    expect((await get(alice, `/api/comments/${body.id}`)).status).toBe(404);
    const seen = await get(moderator, `/api/comments/${body.id}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: body.id, text: 'rude words', hidden: true });
    expect((await del(moderator, body.id)).status).toBe(204);
  });

  it('when an id is unknown or malformed, then GET and DELETE are 404', async () => {
    for (const id of ['01JAAAAAAAAAAAAAAAAAAAAAAA', 'nope', '%2e%2e']) {
      expect((await get(alice, `/api/comments/${id}`)).status).toBe(404);
      expect((await del(moderator, id)).status).toBe(404);
    }
  });

  it.each([
    ['no text', {}, 'text is required'],
    ['a number', { text: 5 }, 'text must be a string'],
    ['only whitespace', { text: ' \n ' }, 'text must not be empty'],
    ['2,001 characters', { text: 'x'.repeat(2001) }, 'at most 2000 characters (it has 2001)'],
    ['a control character', { text: 'bell\u0007' }, 'must not contain control characters'],
    ['an array', ['text'], 'The body must be a JSON object'],
  ])('when the body has %s, then it is 400 validation_error', async (_name, body, message) => {
    const res = await post(alice, body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.message).toContain(message);
  });

  it('when text is exactly 2,000 emoji, then it is accepted', async () => {
    expect((await post(alice, { text: '🙂'.repeat(2000) })).status).toBe(201);
  });

  it('when the body is malformed, not JSON or too large, then it is 400, 415 or 413', async () => {
    const bad = await post(alice, '{"text": ').set('Content-Type', 'application/json');
    expect([bad.status, bad.body.error.code]).toEqual([400, 'invalid_json']);
    const form = await post(alice, 'text=hi').set(
      'Content-Type',
      'application/x-www-form-urlencoded',
    );
    expect([form.status, form.body.error.code]).toEqual([415, 'unsupported_media_type']);
    const big = await post(alice, { text: 'x'.repeat(100 * 1024) });
    expect([big.status, big.body.error.code]).toEqual([413, 'payload_too_large']);
  });

  it.each(['0', '101', 'ten', '2.5', '-3'])(
    'when limit is %s, then it is 400 invalid_limit',
    async (limit) => {
      const res = await get(alice, `/api/comments?limit=${limit}`);
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_limit']);
    },
  );

  it.each([
    'garbage!',
    Buffer.from('{"v":1,"b":"other","id":"01JAAAAAAAAAAAAAAAAAAAAAAA"}').toString('base64url'),
    Buffer.from('{"v":1,"b":"main","id":"x"}').toString('base64url'),
  ])(
    'when the cursor is tampered or foreign (%s), then it is 400 invalid_cursor',
    async (cursor) => {
      const res = await get(alice, `/api/comments?cursor=${encodeURIComponent(cursor)}`);
      expect([res.status, res.body.error.code]).toEqual([400, 'invalid_cursor']);
    },
  );

  it('when another method is used, then it is 405 with Allow', async () => {
    const res = await request(t.app).put('/api/comments').set('Authorization', `Bearer ${alice}`);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe('GET, POST, HEAD');
  });

  it('when an allowed origin sends a preflight, then it may send the three headers', async () => {
    const res = await request(t.app)
      .options('/api/comments')
      .set('Origin', 'https://app.example.com')
      .set('Access-Control-Request-Method', 'POST')
      .set('Access-Control-Request-Headers', 'authorization, content-type, idempotency-key');
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
    expect(res.headers['access-control-allow-headers']).toBe(
      'Authorization, Content-Type, Idempotency-Key',
    );
    expect(res.headers['access-control-allow-methods']).toContain('DELETE');
    const list = await get(alice, '/api/comments').set('Origin', 'https://app.example.com');
    expect(list.headers['access-control-allow-origin']).toBe('https://app.example.com');
  });

  it('when an unlisted origin asks, then it gets no CORS headers', async () => {
    const res = await request(t.app)
      .options('/api/comments')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    const list = await get(alice, '/api/comments').set('Origin', 'https://evil.example');
    expect(list.headers['access-control-allow-origin']).toBeUndefined();
  });
});
