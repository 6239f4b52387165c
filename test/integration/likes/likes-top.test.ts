import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { createBoardsRepository } from '../../../src/boards/boards-repository';
import { recountBoard } from '../../../src/comments/comments-recount';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let bob: ApiCaller;
let carol: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, carol, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
  await moderator.post('/api/boards', { slug: 'ranked', title: 'Ranked' }).expect(201);
  await moderator.post('/api/boards', { slug: 'other', title: 'Other' }).expect(201);
});
afterAll(() => t.close());

const post = async (text: string, board = 'ranked'): Promise<string> =>
  (await alice.post(`/api/boards/${board}/comments`, { text }).expect(201)).body.id;
const like = (who: ApiCaller, id: string) => who.put(`/api/comments/${id}/like`).expect(200);
const texts = (body: { items: Array<{ text: string }> }) => body.items.map((c) => c.text);

describe('sort=top', () => {
  let ids: Record<string, string>;

  beforeAll(async () => {
    ids = {};
    for (const text of ['a2', 'b2', 'c1', 'd0', 'e0']) ids[text] = await post(text);
    await Promise.all([
      like(bob, ids.a2!),
      like(carol, ids.a2!),
      like(bob, ids.b2!),
      like(carol, ids.b2!),
      like(bob, ids.c1!),
    ]);
    await alice.post('/api/boards/ranked/comments', { text: 'a reply', parentId: ids.c1 });
  });

  it('when a board is listed by top, then most likes come first and ties newest first, replies never', async () => {
    const res = await bob.get('/api/boards/ranked/comments?sort=top').expect(200);

    expect(texts(res.body)).toEqual(['b2', 'a2', 'c1', 'e0', 'd0']);
    expect(res.body.items[0]).toMatchObject({ likes: 2, likedByMe: true });
  });

  it('when "top" is paged two at a time, then the pages join up both ways with no gap or repeat', async () => {
    const first = (await bob.get('/api/boards/ranked/comments?sort=top&limit=2').expect(200)).body;
    const second = (
      await bob.get(`/api/boards/ranked/comments?sort=top&limit=2&cursor=${first.nextCursor}`)
    ).body;
    const third = (
      await bob.get(`/api/boards/ranked/comments?sort=top&limit=2&cursor=${second.nextCursor}`)
    ).body;
    const back = (
      await bob.get(`/api/boards/ranked/comments?sort=top&limit=2&cursor=${second.prevCursor}`)
    ).body;

    expect([texts(first), texts(second), texts(third)]).toEqual([
      ['b2', 'a2'],
      ['c1', 'e0'],
      ['d0'],
    ]);
    expect(third.nextCursor).toBeNull();
    expect(texts(back)).toEqual(['b2', 'a2']);
    expect(back.prevCursor).toBeNull();
  });

  it('when a "top" cursor is used with another order or on another board, then it is 400 invalid_cursor', async () => {
    const { nextCursor } = (await bob.get('/api/boards/ranked/comments?sort=top&limit=1')).body;
    const newest = (await bob.get('/api/boards/ranked/comments?limit=1')).body.nextCursor;

    const asNewest = await bob.get(`/api/boards/ranked/comments?cursor=${nextCursor}`).expect(400);
    await bob.get(`/api/boards/other/comments?sort=top&cursor=${nextCursor}`).expect(400);
    await bob.get(`/api/boards/ranked/comments?sort=top&cursor=${newest}`).expect(400);
    const unknown = await bob.get('/api/boards/ranked/comments?sort=best').expect(400);

    expect(asNewest.body.error.code).toBe('invalid_cursor');
    expect(unknown.body.error.code).toBe('invalid_sort');
  });

  it('when a comment gains likes, is unliked or is hidden, then its place in "top" follows', async () => {
    const late = await post('late', 'other');
    const early = await post('early', 'other');
    await like(bob, late);
    await like(carol, late);
    const before = texts((await bob.get('/api/boards/other/comments?sort=top')).body);

    await bob.del(`/api/comments/${late}/like`).expect(200);
    await carol.del(`/api/comments/${late}/like`).expect(200);
    const unliked = texts((await bob.get('/api/boards/other/comments?sort=top')).body);
    await moderator.del(`/api/comments/${early}`).expect(204);
    const hidden = texts((await bob.get('/api/boards/other/comments?sort=top')).body);

    expect(before).toEqual(['late', 'early']);
    expect(unliked).toEqual(['early', 'late']);
    expect(hidden).toEqual(['late']);
  });
});

describe('"top" for comments written before it existed', () => {
  it('when a board holds comments without a place in "top", then the recount places them, placeholders aside', async () => {
    await moderator.post('/api/boards', { slug: 'oldtop', title: 'Old top' }).expect(201);
    const admin = DynamoDBDocumentClient.from(t.dynamoAdmin);
    const createdAt = '2025-01-01T00:00:00.000Z';
    const legacy = (id: string, extra: object) =>
      admin.send(
        new PutCommand({
          TableName: t.config.commentsTable,
          Item: {
            board: 'oldtop',
            id,
            slug: 'oldtop',
            parentId: null,
            userId: 'someone',
            username: 'someone',
            text: `old ${id.slice(-1)}`,
            createdAt,
            updatedAt: createdAt,
            visible: 1,
            ...extra,
          },
        }),
      );
    await legacy('01JBBBBBBBBBBBBBBBBBBBBBB1', { likes: 3 });
    await legacy('01JBBBBBBBBBBBBBBBBBBBBBB2', {});
    await legacy('01JBBBBBBBBBBBBBBBBBBBBBB3', { deleted: true, text: '' });
    const before = (await bob.get('/api/boards/oldtop/comments?sort=top')).body;
    const table = createTableAccess(createDynamoClient(t.config), t.config.commentsTable);

    const result = await recountBoard(table, createBoardsRepository(table), 'oldtop');

    const after = (await bob.get('/api/boards/oldtop/comments?sort=top')).body;
    expect(texts(before)).toEqual([]);
    expect(result.placedInTop).toBe(2);
    expect(texts(after)).toEqual(['old 1', 'old 2']);
    expect(after.items[0].likes).toBe(3);
  });
});
