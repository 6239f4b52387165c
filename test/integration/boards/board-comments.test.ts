import { PutCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let bob: ApiCaller;
let moderator: ApiCaller;

const COMMENT_FIELDS = [
  'id',
  'board',
  'parentId',
  'userId',
  'username',
  'text',
  'html',
  'createdAt',
  'updatedAt',
  'editedAt',
  'replyCount',
  'deleted',
  'likes',
  'likedByMe',
];

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
  for (const slug of ['cats', 'dogs', 'sorted']) {
    await moderator.post('/api/boards', { slug, title: slug }).expect(201);
  }
});
afterAll(() => t.close());

const ids = (body: { items: Array<{ id: string }> }) => body.items.map((c) => c.id);

describe('comments of any board', () => {
  it('when a comment is posted on a board, then it answers Location /api/comments/<id> with every field, and only that board lists it', async () => {
    const res = await alice.post('/api/boards/cats/comments', { text: 'Meow' }).expect(201);
    expect(res.headers.location).toBe(`/api/comments/${res.body.id}`);
    expect(Object.keys(res.body)).toEqual(COMMENT_FIELDS);
    expect(res.body).toMatchObject({
      board: 'cats',
      parentId: null,
      text: 'Meow',
      html: '<p>Meow</p>',
      editedAt: null,
      replyCount: 0,
      deleted: false,
    });
    const byId = await bob.get(res.headers.location).expect(200);
    expect(byId.body).toEqual(res.body);
    expect(ids((await bob.get('/api/boards/cats/comments')).body)).toEqual([res.body.id]);
    expect(ids((await bob.get('/api/boards/dogs/comments')).body)).not.toContain(res.body.id);
    expect(ids((await bob.get('/api/comments')).body)).not.toContain(res.body.id);
  });

  it('when /api/comments is used, then it is board main, the same as /api/boards/main/comments', async () => {
    const res = await alice.post('/api/comments', { text: 'on main' }).expect(201);
    expect(res.body.board).toBe('main');
    const viaBoard = await bob.get('/api/boards/main/comments').expect(200);
    expect(viaBoard.body).toEqual((await bob.get('/api/comments')).body);
    expect(ids(viaBoard.body)).toContain(res.body.id);
  });

  it('when the board is unknown, then listing and posting are 404', async () => {
    await bob.get('/api/boards/nowhere/comments').expect(404);
    await alice.post('/api/boards/nowhere/comments', { text: 'hello?' }).expect(404);
    await alice.post('/api/boards/Bad%20Slug/comments', { text: 'hello?' }).expect(404);
  });

  it('when a comment of another board is addressed by id, then GET, PATCH and DELETE work on it', async () => {
    const { body } = await alice.post('/api/boards/dogs/comments', { text: 'Woof' }).expect(201);
    const edited = await alice.patch(`/api/comments/${body.id}`, { text: 'Woof woof' }).expect(200);
    expect(edited.body).toMatchObject({ board: 'dogs', text: 'Woof woof' });
    await bob.del(`/api/comments/${body.id}`).expect(403);
    await alice.del(`/api/comments/${body.id}`).expect(204);
    await bob.get(`/api/comments/${body.id}`).expect(404);
    expect((await moderator.get(`/api/comments/${body.id}`)).body).toMatchObject({
      board: 'dogs',
      hidden: true,
    });
  });

  it('when sorted oldest or newest, then the orders are reversed and every cursor walks its own order', async () => {
    const posted: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      posted.push((await alice.post('/api/boards/sorted/comments', { text: `n${i}` })).body.id);
    }
    const walk = async (sort: string) => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const query: string = `sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
        const res = await bob.get(`/api/boards/sorted/comments?${query}`).expect(200);
        seen.push(...ids(res.body));
        cursor = res.body.nextCursor;
      } while (cursor);
      return seen;
    };
    expect(await walk('oldest')).toEqual(posted);
    expect(await walk('newest')).toEqual([...posted].reverse());
    const second = await bob.get('/api/boards/sorted/comments?sort=oldest&limit=2').expect(200);
    const back = await bob
      .get(`/api/boards/sorted/comments?sort=oldest&limit=2&cursor=${second.body.nextCursor}`)
      .expect(200);
    const first = await bob
      .get(`/api/boards/sorted/comments?sort=oldest&limit=2&cursor=${back.body.prevCursor}`)
      .expect(200);
    expect(ids(first.body)).toEqual(posted.slice(0, 2));
  });

  it('when a cursor is used with another board or another sort, then it is 400 invalid_cursor', async () => {
    const page = await bob.get('/api/boards/sorted/comments?limit=1').expect(200);
    const oldest = await bob.get('/api/boards/sorted/comments?limit=1&sort=oldest').expect(200);
    const cases = [
      `/api/boards/cats/comments?cursor=${page.body.nextCursor}`,
      `/api/comments?cursor=${page.body.nextCursor}`,
      `/api/boards/sorted/comments?sort=oldest&cursor=${page.body.nextCursor}`,
      `/api/boards/sorted/comments?cursor=${oldest.body.nextCursor}`,
    ];
    for (const path of cases) {
      const res = await bob.get(path);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 400, 'invalid_cursor']);
    }
    const badSort = await bob.get('/api/boards/sorted/comments?sort=best');
    expect(badSort.status).toBe(400);
  });

  it('when a comment of main was stored before boards (no pointer, no new fields), then it is listed, read, replied to and deleted by id', async () => {
    const userId = (await alice.post('/api/comments', { text: 'who am I' })).body.userId;
    const legacy = {
      board: 'main',
      id: '01JAAAAAAAAAAAAAAAAAAAAAAA',
      userId,
      username: 'alice',
      text: 'from before boards',
      createdAt: '2024-10-01T00:00:00.000Z',
      updatedAt: '2024-10-01T00:00:00.000Z',
      visible: 1,
    };
    const doc = DynamoDBDocumentClient.from(t.dynamoAdmin);
    await doc.send(new PutCommand({ TableName: t.config.commentsTable, Item: legacy }));
    const read = await bob.get(`/api/comments/${legacy.id}`).expect(200);
    expect(read.body).toMatchObject({
      board: 'main',
      parentId: null,
      editedAt: null,
      deleted: false,
    });
    const all = await bob.get('/api/comments?sort=oldest&limit=1').expect(200);
    expect(ids(all.body)).toEqual([legacy.id]);
    const reply = await bob
      .post('/api/comments', { text: 'late reply', parentId: legacy.id })
      .expect(201);
    expect(reply.body.parentId).toBe(legacy.id);
    expect((await bob.get(`/api/comments/${legacy.id}`)).body.replyCount).toBe(1);
    const replies = await bob.get(`/api/comments/${legacy.id}/replies`).expect(200);
    expect(ids(replies.body)).toEqual([reply.body.id]);
    await alice.del(`/api/comments/${legacy.id}`).expect(204);
    expect((await bob.get(`/api/comments/${legacy.id}`)).body).toMatchObject({
      deleted: true,
      text: '',
      userId: null,
    });
  });
});
