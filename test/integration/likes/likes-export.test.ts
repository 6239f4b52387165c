import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let author: ApiCaller;
let fan: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [author, fan] = await Promise.all([apiCaller(t), apiCaller(t)]);
});
afterAll(() => t.close());

describe('likes in GET /api/me/export', () => {
  it('when a user likes two comments and takes one like back, then the export lists the one still liked', async () => {
    const top = (await author.post('/api/comments', { text: 'Top' }).expect(201)).body.id;
    const reply = (await author.post('/api/comments', { text: 'Reply', parentId: top }).expect(201))
      .body.id;
    const other = (await author.post('/api/comments', { text: 'Other' }).expect(201)).body.id;
    await fan.put(`/api/comments/${top}/like`).expect(200);
    await fan.put(`/api/comments/${reply}/like`).expect(200);
    await fan.put(`/api/comments/${other}/like`).expect(200);
    await fan.del(`/api/comments/${other}/like`).expect(200);

    const res = await fan.get('/api/me/export').expect(200);

    const byId = (a: { commentId: string }, b: { commentId: string }) =>
      a.commentId.localeCompare(b.commentId);
    expect([...res.body.likes].sort(byId)).toEqual(
      [
        { commentId: top, board: 'main', parentId: null },
        { commentId: reply, board: 'main', parentId: top },
      ].sort(byId),
    );
    expect(res.body.comments).toEqual([]);
  });

  it('when a user never liked anything, then the export has an empty likes list', async () => {
    const res = await author.get('/api/me/export').expect(200);
    expect(res.body.likes).toEqual([]);
    expect(res.body.comments).toHaveLength(3);
  });
});
