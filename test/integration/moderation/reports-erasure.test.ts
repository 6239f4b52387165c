import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { allItems, subOf } from '../../helpers/table-items';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [alice, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
});
afterAll(() => t.close());

describe('reports when an account is deleted', () => {
  it('when a user who reported comments deletes their account, then none of their report items is left and the queue keeps the reports unattributed', async () => {
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const auth = { Authorization: `Bearer ${accessToken}` };
    const ids: string[] = [];
    for (const text of ['one', 'two']) {
      const id = (await alice.post('/api/comments', { text }).expect(201)).body.id as string;
      await request(t.app)
        .post(`/api/comments/${id}/report`)
        .set(auth)
        .send({ reason: `bad ${text}` })
        .expect(202);
      ids.push(id);
    }
    const sub = (await subOf(t, user.username))!;
    expect((await allItems(t)).filter((i) => i.board === `reports#${sub}`)).toHaveLength(2);

    await request(t.app)
      .post('/api/me/delete')
      .set(auth)
      .send({ password: user.password })
      .expect(204);

    expect((await allItems(t)).filter((i) => i.board === `reports#${sub}`)).toEqual([]);
    const queue = (await moderator.get('/api/moderation/reports').expect(200)).body;
    expect(queue.items.map((i: { reasons: string[] }) => i.reasons)).toEqual([
      ['bad two'],
      ['bad one'],
    ]);
    expect(JSON.stringify(queue)).not.toContain(sub);
  });
});
