import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { allItems, subOf } from '../../helpers/table-items';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let carol: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [alice, carol, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
  await moderator.post('/api/boards', { slug: 'forget', title: 'Forget' }).expect(201);
});
afterAll(() => t.close());

describe('likes when an account is deleted', () => {
  it('when a user who liked comments and a reply deletes their account, then their likes are uncounted, "top" follows and no like of theirs is left', async () => {
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const auth = { Authorization: `Bearer ${accessToken}` };
    const post = async (body: object) =>
      (await alice.post('/api/boards/forget/comments', body).expect(201)).body.id as string;
    const older = await post({ text: 'older' });
    const newer = await post({ text: 'newer' });
    const reply = await post({ text: 'reply', parentId: newer });
    const unliked = await post({ text: 'liked then unliked' });
    for (const id of [older, reply, unliked]) {
      await request(t.app).put(`/api/comments/${id}/like`).set(auth).expect(200);
    }
    await request(t.app).delete(`/api/comments/${unliked}/like`).set(auth).expect(200);
    await carol.put(`/api/comments/${older}/like`).expect(200);
    const sub = (await subOf(t, user.username))!;

    await request(t.app)
      .post('/api/me/delete')
      .set(auth)
      .send({ password: user.password })
      .expect(204);

    const likesOf = async (id: string) => (await carol.get(`/api/comments/${id}`)).body.likes;
    expect([await likesOf(older), await likesOf(reply), await likesOf(unliked)]).toEqual([1, 0, 0]);
    const top = await carol.get('/api/boards/forget/comments?sort=top').expect(200);
    expect(top.body.items.map((c: { id: string }) => c.id)).toEqual([older, unliked, newer]);
    const left = (await allItems(t)).filter((item) => item.board === `likes#${sub}`);
    expect(left).toEqual([]);
  });
});
