import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { apiTokens, createConfirmedUser, type TestUser } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { pageSession } from '../../helpers/page-session';
import { allItems, itemOf, subOf } from '../../helpers/table-items';
import { eraseRemains } from '../../../src/accounts/account-erasure';
import { createUserRecords } from '../../../src/storage/user-records';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { createDynamoClient } from '../../../src/dependencies';
import { createUserDataKinds } from '../../../src/user-data-kinds';

let t: TestApp;
let moderator: { accessToken: string };
beforeAll(async () => {
  t = await createTestApp();
  const mod = await createConfirmedUser(t, { groups: ['moderators'] });
  moderator = await apiTokens(t, mod.username, mod.password);
});
afterAll(() => t.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, text: string, key?: string) =>
  request(t.app)
    .post('/api/comments')
    .set({ ...bearer(token), ...(key ? { 'Idempotency-Key': key } : {}) })
    .send({ text })
    .expect(201)
    .then((res) => res.body as { id: string });
const deleteAccount = (token: string, body: object) =>
  request(t.app).post('/api/me/delete').set(bearer(token)).send(body);
const login = (user: TestUser) => request(t.app).post('/api/auth/login').send(user);

/** What `npm run user:erase` wires: the user records and every kind of item, over the test's table. */
function erasureDeps() {
  const table = createTableAccess(createDynamoClient(t.config), t.config.commentsTable);
  return { users: createUserRecords(table), kinds: createUserDataKinds(table) };
}

/** A user who wrote a visible comment, one a moderator hid, one deleted themself, one with a key. */
async function userWithContent() {
  const user = await createConfirmedUser(t, { username: `Erase-${randomUUID().slice(0, 8)}` });
  const tokens = await apiTokens(t, user.username, user.password);
  const visible = await post(tokens.accessToken, 'visible words');
  const hidden = await post(tokens.accessToken, 'words a moderator hid');
  await request(t.app).delete(`/api/comments/${hidden.id}`).set(bearer(moderator.accessToken));
  const ownDeleted = await post(tokens.accessToken, 'words I deleted');
  await request(t.app).delete(`/api/comments/${ownDeleted.id}`).set(bearer(tokens.accessToken));
  const keyed = await post(tokens.accessToken, 'posted with a key', randomUUID());
  const sub = (await subOf(t, user.username))!;
  return { user, tokens, sub, visible, hidden, ownDeleted, keyed };
}

describe('POST /api/me/delete', () => {
  it('when the password is wrong, then it is 401 invalid_credentials and nothing is deleted', async () => {
    const { user, tokens, sub, visible } = await userWithContent();

    const res = await deleteAccount(tokens.accessToken, { password: 'Wrong-Passw0rd!' }).expect(
      401,
    );

    expect(res.body.error.code).toBe('invalid_credentials');
    await request(t.app)
      .get(`/api/comments/${visible.id}`)
      .set(bearer(moderator.accessToken))
      .expect(200);
    expect(await itemOf(t, `user#${sub}`, 'user')).toEqual(
      expect.objectContaining({ username: user.username.toLowerCase() }),
    );
    expect((await itemOf(t, `user#${sub}`, 'user'))!.deletingSince).toBeUndefined();
    await login(user).expect(200);
    await post(tokens.accessToken, 'still here');
  });

  it('when the password is missing, then it is 400 validation_error and nothing is deleted', async () => {
    const { user, tokens } = await userWithContent();

    const res = await deleteAccount(tokens.accessToken, {}).expect(400);

    expect(res.body.error.code).toBe('validation_error');
    await login(user).expect(200);
  });

  it('when no bearer token is sent, then it is 401 and nothing is deleted', async () => {
    const { user } = await userWithContent();
    await request(t.app).post('/api/me/delete').send({ password: user.password }).expect(401);
    await login(user).expect(200);
  });

  it('when a user deletes the account, then it is 204 and sign-in, old tokens, comments, keys and username are gone', async () => {
    const other = await createConfirmedUser(t);
    const otherTokens = await apiTokens(t, other.username, other.password);
    const othersComment = await post(otherTokens.accessToken, 'someone else wrote this');
    const { user, tokens, sub, visible, hidden, ownDeleted } = await userWithContent();
    const browser = await pageSession(t.app, user);

    await deleteAccount(tokens.accessToken, { password: user.password }).expect(204);

    expect((await login(user).expect(401)).body.error.code).toBe('invalid_credentials');
    expect(await subOf(t, user.username)).toBeUndefined();
    for (const token of [tokens.accessToken, tokens.idToken]) {
      await request(t.app)
        .post('/api/comments')
        .set(bearer(token))
        .send({ text: 'after deletion' })
        .expect(401);
      await request(t.app).delete(`/api/comments/${visible.id}`).set(bearer(token)).expect(401);
    }
    const pagePost = await request(t.app)
      .post('/comments')
      .set('Cookie', browser.header)
      .type('form')
      .send({ _csrf: browser.csrf, text: 'after deletion, from the page' })
      .expect(401);
    expect(pagePost.text).toContain('name="password"');
    const pageDelete = await request(t.app)
      .post(`/comments/${othersComment.id}/delete`)
      .set('Cookie', browser.header)
      .type('form')
      .send({ _csrf: browser.csrf })
      .expect(303);
    expect(pageDelete.headers.location).toMatch(/^\/login\?next=/);
    for (const id of [visible.id, hidden.id, ownDeleted.id]) {
      await request(t.app)
        .get(`/api/comments/${id}`)
        .set(bearer(moderator.accessToken))
        .expect(404);
      expect(await itemOf(t, 'main', id)).toBeUndefined();
      expect(await itemOf(t, 'main#hidden', id)).toBeUndefined();
    }
    await request(t.app)
      .get(`/api/comments/${othersComment.id}`)
      .set(bearer(moderator.accessToken))
      .expect(200);
    const record = await itemOf(t, `user#${sub}`, 'user');
    expect(Object.keys(record!).sort()).toEqual(
      ['board', 'deletedAt', 'id', 'sub', 'tokensRevokedBefore'].sort(),
    );
    const items = await allItems(t);
    expect(items.filter((item) => item.board === `idem#${sub}`)).toEqual([]);
    expect(JSON.stringify(items).toLowerCase()).not.toContain(user.username.toLowerCase());
    expect(JSON.stringify(items)).toContain(other.username);
  });

  it('when the erasure runs again for a deleted account, then nothing changes and nothing fails', async () => {
    const { user, tokens, sub } = await userWithContent();
    await deleteAccount(tokens.accessToken, { password: user.password }).expect(204);
    const tombstone = await itemOf(t, `user#${sub}`, 'user');

    const again = await eraseRemains(erasureDeps(), sub);
    await deleteAccount(tokens.accessToken, { password: user.password }).expect(401);

    expect(again).toEqual({
      comments: 0,
      likes: 0,
      'idempotency records': 0,
      'ban list entries': 0,
      'username pointers': 0,
      reports: 0,
    });
    expect(Object.keys((await itemOf(t, `user#${sub}`, 'user'))!).sort()).toEqual(
      Object.keys(tombstone!).sort(),
    );
  });

  it('when the erasure of remains is asked for an account never being deleted, then it refuses and erases nothing', async () => {
    const { user, sub, visible } = await userWithContent();

    const refused = await eraseRemains(erasureDeps(), sub);

    expect(refused).toBeUndefined();
    expect(await itemOf(t, 'main', visible.id)).toBeDefined();
    expect(await itemOf(t, `user#${sub}`, 'user')).toHaveProperty('username');
    await login(user).expect(200);
  });
});
