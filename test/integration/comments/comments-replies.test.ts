import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { createCommentsRepository } from '../../../src/comments/comments-repository';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';

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
  await moderator.post('/api/boards', { slug: 'threads', title: 'Threads' }).expect(201);
  await moderator.post('/api/boards', { slug: 'elsewhere', title: 'Elsewhere' }).expect(201);
});
afterAll(() => t.close());

const post = (who: ApiCaller, body: object, board = 'threads') =>
  who.post(`/api/boards/${board}/comments`, body);
const ids = (body: { items: Array<{ id: string }> }) => body.items.map((c) => c.id);

describe('replies', () => {
  it('when a comment gets a reply and a reply to that reply, then both sit under the top-level comment, oldest first, and the listing holds the top-level only', async () => {
    const top = (await post(alice, { text: 'Question?' }).expect(201)).body;
    const reply = await post(bob, { text: 'Answer', parentId: top.id }).expect(201);
    expect(reply.body).toMatchObject({ board: 'threads', parentId: top.id, replyCount: 0 });
    const nested = await post(alice, { text: 'Thanks', parentId: reply.body.id }).expect(201);
    expect(nested.body.parentId).toBe(top.id);

    const replies = await bob.get(`/api/comments/${top.id}/replies`).expect(200);
    expect(ids(replies.body)).toEqual([reply.body.id, nested.body.id]);
    expect(replies.body.nextCursor).toBeNull();
    expect((await bob.get(`/api/comments/${top.id}`)).body.replyCount).toBe(2);
    const listing = await bob.get('/api/boards/threads/comments').expect(200);
    expect(ids(listing.body)).toContain(top.id);
    expect(ids(listing.body)).not.toContain(reply.body.id);
    expect(listing.body.items.find((c: { id: string }) => c.id === top.id).replyCount).toBe(2);
    const ofReply = await bob.get(`/api/comments/${reply.body.id}/replies`).expect(200);
    expect(ofReply.body).toEqual({ items: [], nextCursor: null });
  });

  it('when the parent is unknown, malformed, hidden or on another board, then it is 400 validation_error and nothing is stored', async () => {
    const other = (await post(alice, { text: 'elsewhere' }, 'elsewhere').expect(201)).body;
    const hidden = (await post(alice, { text: 'soon hidden' }).expect(201)).body;
    await moderator.del(`/api/comments/${hidden.id}`).expect(204);
    const before = ids((await bob.get('/api/boards/threads/comments?limit=100')).body);
    for (const parentId of ['01JZZZZZZZZZZZZZZZZZZZZZZZ', 'nope', 42, other.id, hidden.id]) {
      const res = await post(bob, { text: 'orphan', parentId });
      expect([parentId, res.status, res.body.error?.code]).toEqual([
        parentId,
        400,
        'validation_error',
      ]);
    }
    expect(ids((await bob.get('/api/boards/threads/comments?limit=100')).body)).toEqual(before);
  });

  it('when replies fill several pages, then the cursor walks them oldest first and belongs to that thread only', async () => {
    const top = (await post(alice, { text: 'Long thread' }).expect(201)).body;
    const posted: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      posted.push((await post(bob, { text: `r${i}`, parentId: top.id })).body.id);
    }
    const first = await bob.get(`/api/comments/${top.id}/replies?limit=3`).expect(200);
    const second = await bob
      .get(`/api/comments/${top.id}/replies?limit=3&cursor=${first.body.nextCursor}`)
      .expect(200);
    expect([...ids(first.body), ...ids(second.body)]).toEqual(posted);
    expect(second.body.nextCursor).toBeNull();
    const other = (await post(alice, { text: 'Other thread' }).expect(201)).body;
    const foreign = await bob.get(
      `/api/comments/${other.id}/replies?cursor=${first.body.nextCursor}`,
    );
    expect([foreign.status, foreign.body.error.code]).toEqual([400, 'invalid_cursor']);
    await bob.get('/api/comments/01JZZZZZZZZZZZZZZZZZZZZZZZ/replies').expect(404);
  });

  it('when a top-level comment with replies is deleted, then a placeholder keeps the thread: deleted, no text, no author, out of the author index', async () => {
    const top = (await post(alice, { text: 'Delete me later' }).expect(201)).body;
    const reply = (await post(bob, { text: 'I stay', parentId: top.id }).expect(201)).body;
    await alice.del(`/api/comments/${top.id}`).expect(204);

    const placeholder = (await bob.get(`/api/comments/${top.id}`).expect(200)).body;
    expect(placeholder).toMatchObject({
      id: top.id,
      deleted: true,
      text: '',
      html: '',
      userId: null,
      username: null,
      replyCount: 1,
    });
    const listing = await bob.get('/api/boards/threads/comments?limit=100').expect(200);
    expect(listing.body.items.find((c: { id: string }) => c.id === top.id)).toEqual(placeholder);
    expect(ids((await bob.get(`/api/comments/${top.id}/replies`)).body)).toEqual([reply.id]);
    await alice.del(`/api/comments/${top.id}`).expect(404);
    await alice.patch(`/api/comments/${top.id}`, { text: 'back?' }).expect(404);

    const repo = createCommentsRepository(
      createTableAccess(createDynamoClient(t.config), t.config.commentsTable),
    );
    const mine = (await repo.listByAuthor(top.userId, { limit: 100 })).items;
    const copies = mine.filter((c) => c.id === top.id);
    expect(copies).toHaveLength(1);
    expect(copies[0].hidden).toMatchObject({ reason: 'deleted' });
    const theirs = (await repo.listByAuthor(reply.userId, { limit: 100 })).items;
    expect(theirs.find((c) => c.id === reply.id)).toMatchObject({ parentId: top.id });
  });

  it('when the last reply under a placeholder goes, then the placeholder goes too', async () => {
    const top = (await post(alice, { text: 'Short-lived' }).expect(201)).body;
    const reply = (await post(bob, { text: 'Only reply', parentId: top.id }).expect(201)).body;
    await alice.del(`/api/comments/${top.id}`).expect(204);
    await bob.del(`/api/comments/${reply.id}`).expect(204);
    await bob.get(`/api/comments/${top.id}`).expect(404);
    const listing = await bob.get('/api/boards/threads/comments?limit=100').expect(200);
    expect(ids(listing.body)).not.toContain(top.id);
  });

  it('when a top-level comment without replies is deleted, then it is gone, not a placeholder', async () => {
    const top = (await post(alice, { text: 'Alone' }).expect(201)).body;
    await alice.del(`/api/comments/${top.id}`).expect(204);
    await bob.get(`/api/comments/${top.id}`).expect(404);
  });

  it('when a board page is read, then each top-level comment comes with its newest three replies, oldest first', async () => {
    const top = (await post(alice, { text: 'Busy' }, 'elsewhere').expect(201)).body;
    const replies: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      replies.push((await post(bob, { text: `b${i}`, parentId: top.id }, 'elsewhere')).body.id);
    }
    // One via a reply to a reply, which adds its id without knowing the others.
    replies.push(
      (await post(bob, { text: 'b5', parentId: replies[0] }, 'elsewhere').expect(201)).body.id,
    );
    const page = await t.deps.comments.boardPage('elsewhere', { sort: 'newest', limit: 20 });
    const shown = page.page.items.find((c) => c.id === top.id)!;
    expect(shown.replyCount).toBe(6);
    expect(shown.recentReplies.map((r) => r.id)).toEqual(replies.slice(-3));
    const thread = await t.deps.comments.thread('elsewhere', replies[2], { limit: 2 });
    expect(thread.comment.id).toBe(top.id);
    expect(thread.replies.items.map((r) => r.id)).toEqual(replies.slice(0, 2));
  });
});
