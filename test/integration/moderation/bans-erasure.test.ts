import request from 'supertest';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { allItems, itemOf, subOf } from '../../helpers/table-items';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const DAY = 86400;
let t: TestApp;
let clock = Math.floor(Date.now() / 1000);
let moderatorToken: string;

beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
  const moderator = await createConfirmedUser(t, { groups: ['moderators'] });
  moderatorToken = (await apiTokens(t, moderator.username, moderator.password)).accessToken;
});
afterAll(() => t.close());

describe('bans and account erasure', () => {
  it('when a user whose ban ended deletes the account, then the ban list entry and username pointer are gone', async () => {
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const sub = (await subOf(t, user.username))!;
    const lower = user.username.toLowerCase();
    await request(t.app)
      .post('/api/moderation/bans')
      .set({ Authorization: `Bearer ${moderatorToken}` })
      .send({ username: user.username, reason: 'spam', days: 1 })
      .expect(201);
    expect(await itemOf(t, `uname#${lower}`, 'user')).toEqual(expect.objectContaining({ sub }));
    expect(await itemOf(t, 'meta#bans', sub)).toBeDefined();

    clock += DAY;
    await request(t.app)
      .post('/api/me/delete')
      .set({ Authorization: `Bearer ${accessToken}` })
      .send({ password: user.password })
      .expect(204);

    expect(await itemOf(t, `uname#${lower}`, 'user')).toBeUndefined();
    expect(await itemOf(t, 'meta#bans', sub)).toBeUndefined();
    const mentions = (await allItems(t)).filter((item) => JSON.stringify(item).includes(lower));
    expect(mentions).toEqual([]);
  });
});
