import request from 'supertest';
import { PutCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: string;

const post = (body: object, key: string) =>
  request(t.app)
    .post('/api/comments')
    .set('Authorization', `Bearer ${alice}`)
    .set('Idempotency-Key', key)
    .send(body);
const texts = async () => {
  const res = await request(t.app)
    .get('/api/comments?limit=100')
    .set('Authorization', `Bearer ${alice}`);
  return (res.body.items as Array<{ text: string }>).map((c) => c.text);
};

beforeAll(async () => {
  t = await createTestApp();
  const user = await createConfirmedUser(t);
  alice = (await apiTokens(t, user.username, user.password)).accessToken;
});
afterAll(() => t.close());

describe('Idempotency-Key reuse', () => {
  it('when a key is reused with a different text, then it is 422 idempotency_key_reused and nothing new is stored', async () => {
    const first = await post({ text: 'the first text' }, 'reuse-1');
    const second = await post({ text: 'a different text' }, 'reuse-1');
    expect(first.status).toBe(201);
    expect(second.status).toBe(422);
    expect(second.body.error.code).toBe('idempotency_key_reused');
    expect(second.body.error.message).toEqual(expect.any(String));
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(await texts()).not.toContain('a different text');
  });

  it('when the same text comes back differently encoded (spaces, CRLF, escapes), then it replays the first comment', async () => {
    const first = await post({ text: 'line one\nline two' }, 'reuse-2');
    const again = await request(t.app)
      .post('/api/comments')
      .set('Authorization', `Bearer ${alice}`)
      .set('Idempotency-Key', 'reuse-2')
      .set('Content-Type', 'application/json')
      .send('{"text":"  \\u006cine one\\r\\nline two \\n"}');
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it('when a record written before request hashes exists, then the same text replays and another text is 422', async () => {
    const userId = (await post({ text: 'who am I' }, 'reuse-whoami')).body.userId;
    const old = {
      id: '01JZZZZZZZZZZZZZZZZZZZZZZY',
      userId,
      username: 'alice',
      text: 'stored before hashes',
      createdAt: '2025-07-01T00:00:00.000Z',
      updatedAt: '2025-07-01T00:00:00.000Z',
    };
    await DynamoDBDocumentClient.from(t.dynamoAdmin).send(
      new PutCommand({
        TableName: t.config.commentsTable,
        Item: {
          board: `idem#${userId}`,
          id: 'reuse-legacy',
          comment: old,
          expiresAt: Math.floor(Date.now() / 1000) + 3600,
        },
      }),
    );
    const other = await post({ text: 'not the stored text' }, 'reuse-legacy');
    expect([other.status, other.body.error?.code]).toEqual([422, 'idempotency_key_reused']);
    const same = await post({ text: ' stored before hashes ' }, 'reuse-legacy');
    expect(same.status).toBe(201);
    expect(same.headers['idempotent-replayed']).toBe('true');
    expect(same.body).toEqual({
      ...old,
      board: 'main',
      parentId: null,
      html: '<p>stored before hashes</p>',
      editedAt: null,
      replyCount: 0,
      deleted: false,
      likes: 0,
      likedByMe: false,
    });
  });
});
