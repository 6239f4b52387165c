import { PutCommand, UpdateCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createBoardsRepository } from '../../../src/boards/boards-repository';
import { recountBoard } from '../../../src/comments/comments-recount';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let bob: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
});
afterAll(() => t.close());

const countOf = async (slug: string) =>
  (await bob.get(`/api/boards/${slug}`).expect(200)).body.commentCount as number;
const repliesOf = async (id: string) =>
  (await bob.get(`/api/comments/${id}`).expect(200)).body.replyCount as number;
const admin = () => DynamoDBDocumentClient.from(t.dynamoAdmin);
const table = () => createTableAccess(createDynamoClient(t.config), t.config.commentsTable);

describe('board and reply counts', () => {
  it('when 50 replies arrive at once, then the reply count is 50 and the board count 51, exactly', async () => {
    await moderator.post('/api/boards', { slug: 'crowd', title: 'Crowd' }).expect(201);
    const top = (await alice.post('/api/boards/crowd/comments', { text: 'Go' })).body;
    const posts = Array.from({ length: 50 }, (_, i) =>
      (i % 2 ? alice : bob).post('/api/boards/crowd/comments', {
        text: `reply ${i}`,
        parentId: top.id,
      }),
    );
    expect((await Promise.all(posts)).map((r) => r.status)).toEqual(Array(50).fill(201));
    expect(await repliesOf(top.id)).toBe(50);
    expect(await countOf('crowd')).toBe(51);
    const thread = await bob.get(`/api/comments/${top.id}/replies?limit=100`).expect(200);
    expect(thread.body.items).toHaveLength(50);
  });

  it('when replies and comments are deleted or hidden, then the counts go down; a placeholder does not count', async () => {
    await moderator.post('/api/boards', { slug: 'shrink', title: 'Shrink' }).expect(201);
    const top = (await alice.post('/api/boards/shrink/comments', { text: 'Top' })).body;
    const other = (await alice.post('/api/boards/shrink/comments', { text: 'Other' })).body;
    const reply = (text: string) =>
      bob.post('/api/boards/shrink/comments', { text, parentId: top.id }).expect(201);
    const r1 = (await reply('r1')).body;
    await reply('r2');
    expect([await countOf('shrink'), await repliesOf(top.id)]).toEqual([4, 2]);
    await bob.del(`/api/comments/${r1.id}`).expect(204);
    expect([await countOf('shrink'), await repliesOf(top.id)]).toEqual([3, 1]);
    await alice.del(`/api/comments/${top.id}`).expect(204); // a placeholder stays for r2
    expect(await countOf('shrink')).toBe(2);
    await moderator.del(`/api/comments/${other.id}`).expect(204);
    expect(await countOf('shrink')).toBe(1);
  });

  it('when a count is already 0, then a delete leaves it at 0', async () => {
    await moderator.post('/api/boards', { slug: 'zero', title: 'Zero' }).expect(201);
    const { body } = await alice.post('/api/boards/zero/comments', { text: 'x' }).expect(201);
    await admin().send(
      new UpdateCommand({
        TableName: t.config.commentsTable,
        Key: { board: 'meta#boards', id: 'zero' },
        UpdateExpression: 'SET commentCount = :z',
        ExpressionAttributeValues: { ':z': 0 },
      }),
    );
    await alice.del(`/api/comments/${body.id}`).expect(204);
    expect(await countOf('zero')).toBe(0);
  });

  it('when main holds comments from before counts and counts went wrong, then the recount sets them from Queries', async () => {
    const userId = (await alice.post('/api/comments', { text: 'counted' })).body.userId;
    for (const id of ['01JBBBBBBBBBBBBBBBBBBBBBB1', '01JBBBBBBBBBBBBBBBBBBBBBB2']) {
      const createdAt = '2024-10-01T00:00:00.000Z';
      const legacy = { board: 'main', id, userId, username: 'alice', text: 'old', createdAt };
      await admin().send(
        new PutCommand({
          TableName: t.config.commentsTable,
          Item: { ...legacy, updatedAt: createdAt, visible: 1 },
        }),
      );
    }
    const top = (await alice.post('/api/comments', { text: 'with replies' })).body;
    for (const text of ['a', 'b']) await bob.post('/api/comments', { text, parentId: top.id });
    await admin().send(
      new UpdateCommand({
        TableName: t.config.commentsTable,
        Key: { board: 'main', id: top.id },
        UpdateExpression: 'SET replyCount = :wrong',
        ExpressionAttributeValues: { ':wrong': 99 },
      }),
    );
    expect(await countOf('main')).toBe(4); // the two old comments were never counted

    const result = await recountBoard(table(), createBoardsRepository(table()), 'main');

    // Corrected: the tampered thread, and the two old comments, which get their first replyCount.
    expect(result).toMatchObject({ commentCount: 6, topLevel: 4, replies: 2, corrected: 3 });
    expect([await countOf('main'), await repliesOf(top.id)]).toEqual([6, 2]);
  });

  it('when the board does not exist, then the recount says so and writes nothing', async () => {
    await expect(recountBoard(table(), createBoardsRepository(table()), 'ghost')).rejects.toThrow(
      'There is no board "ghost"',
    );
    await bob.get('/api/boards/ghost').expect(404);
  });
});
