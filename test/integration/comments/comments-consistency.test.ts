import request from 'supertest';
import { PutCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

interface ApiComment {
  id: string;
  text: string;
  userId: string;
}

let t: TestApp;
let alice: string;
let moderator: string;

const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, text: string, key?: string) =>
  request(t.app)
    .post('/api/comments')
    .set(auth(token))
    .set(key ? { 'Idempotency-Key': key } : {})
    .send({ text });

/** Follows nextCursor from the newest page to the last; returns every page. */
async function walk(token: string, limit: number): Promise<ApiComment[][]> {
  const pages: ApiComment[][] = [];
  let cursor: string | null = null;
  do {
    const query: string = `limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
    const res = await request(t.app).get(`/api/comments?${query}`).set(auth(token));
    expect(res.status).toBe(200);
    pages.push(res.body.items);
    cursor = res.body.nextCursor;
  } while (cursor);
  return pages;
}

beforeAll(async () => {
  t = await createTestApp();
  const [a, m] = await Promise.all([
    createConfirmedUser(t),
    createConfirmedUser(t, { groups: ['moderators'] }),
  ]);
  alice = (await apiTokens(t, a.username, a.password)).accessToken;
  moderator = (await apiTokens(t, m.username, m.password)).accessToken;
});
afterAll(() => t.close());

describe('comments consistency', () => {
  it('when 50 comments are posted at once, then all 50 are listed exactly once across pages', async () => {
    const texts = Array.from({ length: 50 }, (_, i) => `burst ${i}`);
    const results = await Promise.all(texts.map((text) => post(alice, text)));
    expect(results.map((r) => r.status)).toEqual(texts.map(() => 201));
    const pages = await walk(alice, 7);
    const seen = pages.flat().filter((c) => c.text.startsWith('burst '));
    expect(seen).toHaveLength(50);
    expect(new Set(seen.map((c) => c.text))).toEqual(new Set(texts));
    expect(new Set(seen.map((c) => c.id)).size).toBe(50);
  });

  it('when some comments are hidden, then walking the pages returns every visible one once, in order, in full pages', async () => {
    const created: string[] = [];
    for (let i = 0; i < 25; i += 1) created.push((await post(alice, `walk ${i}`)).body.id);
    const hidden = new Set(created.filter((_, i) => i % 3 === 0));
    await Promise.all(
      [...hidden].map((id) => request(t.app).delete(`/api/comments/${id}`).set(auth(moderator))),
    );
    const pages = await walk(alice, 5);
    const ids = pages.flat().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort().reverse()).toEqual(ids);
    const expected = created.filter((id) => !hidden.has(id)).reverse();
    expect(ids.filter((id) => created.includes(id))).toEqual(expected);
    expect(ids.some((id) => hidden.has(id))).toBe(false);
    expect(pages.slice(0, -1).every((page) => page.length === 5)).toBe(true);
    expect(pages[pages.length - 1].length).toBeGreaterThan(0);
  });

  it('when the same Idempotency-Key is repeated, then the first comment comes back and one is stored', async () => {
    const first = await post(alice, 'only once', 'key-sequential');
    const again = await post(alice, 'only once', 'key-sequential');
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    const all = (await walk(alice, 100)).flat();
    expect(all.filter((c) => c.text === 'only once')).toHaveLength(1);
  });

  it('when 10 repeats of one key arrive concurrently, then one comment is stored and all get it', async () => {
    const results = await Promise.all(
      Array.from({ length: 10 }, () => post(alice, 'concurrent once', 'key-concurrent')),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const all = (await walk(alice, 100)).flat();
    expect(all.filter((c) => c.text === 'concurrent once')).toHaveLength(1);
  });

  it('when another user sends the same key, then it is their own new comment', async () => {
    const first = await post(alice, 'alice says', 'key-shared');
    const other = await post(moderator, 'moderator says', 'key-shared');
    expect(other.body.id).not.toBe(first.body.id);
    expect(other.body.text).toBe('moderator says');
  });

  it('when a key was claimed but its comment never stored (crash), then the repeat stores it', async () => {
    const userId = (await post(alice, 'who am I')).body.userId;
    const lost = {
      id: '01JZZZZZZZZZZZZZZZZZZZZZZZ',
      userId,
      username: 'alice',
      text: 'nearly lost',
      createdAt: '2025-07-01T00:00:00.000Z',
      updatedAt: '2025-07-01T00:00:00.000Z',
    };
    const doc = DynamoDBDocumentClient.from(t.dynamoAdmin);
    const expiresAt = Math.floor(Date.now() / 1000) + 3600;
    await doc.send(
      new PutCommand({
        TableName: t.config.commentsTable,
        Item: { board: `idem#${userId}`, id: 'key-crashed', comment: lost, expiresAt },
      }),
    );
    const res = await post(alice, 'nearly lost', 'key-crashed');
    expect(res.body).toEqual({
      ...lost,
      board: 'main',
      parentId: null,
      html: '<p>nearly lost</p>',
      editedAt: null,
      replyCount: 0,
      deleted: false,
      likes: 0,
      likedByMe: false,
    });
    const stored = await request(t.app).get(`/api/comments/${lost.id}`).set(auth(alice));
    expect(stored.status).toBe(200);
  });

  it('when a key is older than 24 hours, then it no longer counts even if TTL has not removed it', async () => {
    const first = await post(alice, 'yesterday', 'key-expired');
    const doc = DynamoDBDocumentClient.from(t.dynamoAdmin);
    await doc.send(
      new PutCommand({
        TableName: t.config.commentsTable,
        Item: {
          board: `idem#${first.body.userId}`,
          id: 'key-expired',
          comment: first.body,
          expiresAt: Math.floor(Date.now() / 1000) - 1,
        },
      }),
    );
    const again = await post(alice, 'today', 'key-expired');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBeUndefined();
    expect(again.body.id).not.toBe(first.body.id);
  });

  it('when the Idempotency-Key is malformed, then it is 400', async () => {
    const res = await post(alice, 'x', 'has spaces in it');
    expect([res.status, res.body.error.code]).toEqual([400, 'invalid_idempotency_key']);
  });
});
