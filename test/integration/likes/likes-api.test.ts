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
  await moderator.post('/api/boards', { slug: 'liking', title: 'Liking' }).expect(201);
});
afterAll(() => t.close());

const post = (who: ApiCaller, body: object) => who.post('/api/boards/liking/comments', body);

describe('likes', () => {
  it('when a comment is posted, then it says no likes and not liked by me', async () => {
    const res = await post(alice, { text: 'fresh' }).expect(201);

    expect(res.body).toMatchObject({ likes: 0, likedByMe: false });
  });

  it('when another user likes a comment twice, then it counts once and both answers say so', async () => {
    const { id } = (await post(alice, { text: 'like me' }).expect(201)).body;

    const first = await bob.put(`/api/comments/${id}/like`).expect(200);
    const again = await bob.put(`/api/comments/${id}/like`).expect(200);

    expect(first.body).toEqual({ likes: 1, likedByMe: true });
    expect(again.body).toEqual({ likes: 1, likedByMe: true });
    expect((await bob.get(`/api/comments/${id}`)).body).toMatchObject({
      likes: 1,
      likedByMe: true,
    });
    expect((await carol.get(`/api/comments/${id}`)).body).toMatchObject({
      likes: 1,
      likedByMe: false,
    });
  });

  it('when a like is taken back twice, then the count drops once and never below zero', async () => {
    const { id } = (await post(alice, { text: 'unlike me' }).expect(201)).body;
    await bob.put(`/api/comments/${id}/like`).expect(200);
    await carol.put(`/api/comments/${id}/like`).expect(200);

    const first = await bob.del(`/api/comments/${id}/like`).expect(200);
    const again = await bob.del(`/api/comments/${id}/like`).expect(200);
    const never = await moderator.del(`/api/comments/${id}/like`).expect(200);

    expect(first.body).toEqual({ likes: 1, likedByMe: false });
    expect(again.body).toEqual({ likes: 1, likedByMe: false });
    expect(never.body).toEqual({ likes: 1, likedByMe: false });
  });

  it('when the author likes their own comment or reply, then it is 403 own_comment and nothing counts', async () => {
    const { id } = (await post(alice, { text: 'mine' }).expect(201)).body;
    const reply = (await post(alice, { text: 'mine too', parentId: id }).expect(201)).body;

    const own = await alice.put(`/api/comments/${id}/like`).expect(403);
    const ownReply = await alice.put(`/api/comments/${reply.id}/like`).expect(403);

    expect(own.body.error.code).toBe('own_comment');
    expect(ownReply.body.error.code).toBe('own_comment');
    expect((await bob.get(`/api/comments/${id}`)).body.likes).toBe(0);
  });

  it('when a reply is liked, then the reply counts it and the thread shows it', async () => {
    const { id } = (await post(alice, { text: 'top' }).expect(201)).body;
    const reply = (await post(alice, { text: 'reply', parentId: id }).expect(201)).body;

    const res = await bob.put(`/api/comments/${reply.id}/like`).expect(200);

    expect(res.body).toEqual({ likes: 1, likedByMe: true });
    const replies = await bob.get(`/api/comments/${id}/replies`).expect(200);
    expect(replies.body.items[0]).toMatchObject({ id: reply.id, likes: 1, likedByMe: true });
    const others = await carol.get(`/api/comments/${id}/replies`).expect(200);
    expect(others.body.items[0]).toMatchObject({ likes: 1, likedByMe: false });
    expect((await bob.get(`/api/comments/${id}`)).body.likes).toBe(0);
  });

  it('when the comment is unknown, malformed or hidden, then it is 404 not_found', async () => {
    const { id } = (await post(alice, { text: 'soon hidden' }).expect(201)).body;
    await moderator.del(`/api/comments/${id}`).expect(204);

    const hidden = await bob.put(`/api/comments/${id}/like`).expect(404);
    await bob.put('/api/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/like').expect(404);
    await bob.del('/api/comments/not-an-id/like').expect(404);

    expect(hidden.body.error.code).toBe('not_found');
  });

  it('when signed out or with another method, then it is 401 or 405', async () => {
    const { id } = (await post(alice, { text: 'guarded' }).expect(201)).body;

    const { default: request } = await import('supertest');
    await request(t.app).put(`/api/comments/${id}/like`).expect(401);
    const wrong = await bob.post(`/api/comments/${id}/like`).expect(405);

    expect(wrong.headers.allow).toBe('PUT, DELETE');
  });

  it('when a listing holds liked comments, then likedByMe is true only on the reader’s likes', async () => {
    const liked = (await post(alice, { text: 'liked by bob' }).expect(201)).body;
    const other = (await post(alice, { text: 'liked by carol' }).expect(201)).body;
    await bob.put(`/api/comments/${liked.id}/like`).expect(200);
    await carol.put(`/api/comments/${other.id}/like`).expect(200);

    const listing = await bob.get('/api/boards/liking/comments?limit=2').expect(200);

    expect(
      listing.body.items.map((c: { id: string; likedByMe: boolean; likes: number }) => [
        c.id,
        c.likes,
        c.likedByMe,
      ]),
    ).toEqual([
      [other.id, 1, false],
      [liked.id, 1, true],
    ]);
  });
});
