import request from 'supertest';
import { apiTokens, createConfirmedUser, type TestUser } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

const DAY = 86400;
let t: TestApp;
let clock = Math.floor(Date.now() / 1000);
let moderator: TestUser & { token: string };
let otherModerator: TestUser & { token: string };

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const api = () => request(t.app);
const ban = (body: object, token = moderator.token) =>
  api().post('/api/moderation/bans').set(bearer(token)).send(body);
const unban = (username: string, token = moderator.token) =>
  api()
    .delete(`/api/moderation/bans/${encodeURIComponent(username)}`)
    .set(bearer(token));
const bansList = (token = moderator.token) => api().get('/api/moderation/bans').set(bearer(token));
const postComment = (token: string, text = 'hello') =>
  api().post('/api/comments').set(bearer(token)).send({ text });

/** A confirmed user, signed in through the API (which writes the username pointer). */
async function signedIn(groups: string[] = []): Promise<TestUser & { token: string }> {
  const user = await createConfirmedUser(t, { groups });
  const { accessToken } = await apiTokens(t, user.username, user.password);
  return { ...user, token: accessToken };
}

beforeAll(async () => {
  t = await createTestApp({}, { now: () => clock });
  [moderator, otherModerator] = await Promise.all([
    signedIn(['moderators']),
    signedIn(['moderators']),
  ]);
});
afterAll(() => t.close());

describe('POST /api/moderation/bans', () => {
  it('when a moderator bans a name typed in another case, then it is 201 with exactly the Ban fields of that user', async () => {
    const member = await signedIn();
    const res = await ban({ username: member.username.toUpperCase(), reason: 'spam', days: 2 });
    expect(res.status).toBe(201);
    expect(Object.keys(res.body)).toEqual([
      'username',
      'reason',
      'bannedBy',
      'createdAt',
      'endsAt',
    ]);
    expect(res.body).toEqual({
      username: member.username.toLowerCase(),
      reason: 'spam',
      bannedBy: moderator.username.toLowerCase(),
      createdAt: new Date(clock * 1000).toISOString(),
      endsAt: new Date((clock + 2 * DAY) * 1000).toISOString(),
    });
  });

  it('when no days are given, then the ban is permanent (endsAt null) and listed', async () => {
    const member = await signedIn();
    const res = await ban({ username: member.username, reason: 'abuse' }).expect(201);
    expect(res.body.endsAt).toBeNull();
    const list = await bansList().expect(200);
    expect(list.body.items).toContainEqual(res.body);
  });

  it('when a moderator bans themself, then it is 403 and they can still post', async () => {
    const res = await ban({ username: moderator.username, reason: 'oops' });
    expect([res.status, res.body.error.code]).toEqual([403, 'cannot_ban_self']);
    await postComment(moderator.token).expect(201);
  });

  it('when a moderator bans another moderator, then it is 403 and nothing is listed', async () => {
    const res = await ban({ username: otherModerator.username, reason: 'coup' });
    expect([res.status, res.body.error.code]).toEqual([403, 'cannot_ban_moderator']);
    const list = await bansList().expect(200);
    const names = list.body.items.map((b: { username: string }) => b.username);
    expect(names).not.toContain(otherModerator.username.toLowerCase());
  });

  it('when the username is unknown, then it is 404', async () => {
    const res = await ban({ username: 'nobody-by-this-name', reason: 'spam' });
    expect([res.status, res.body.error.code]).toEqual([404, 'user_not_found']);
  });

  it('when a member tries to ban, then it is 403 forbidden and the target can still post', async () => {
    const [member, target] = await Promise.all([signedIn(), signedIn()]);
    const res = await ban({ username: target.username, reason: 'spam' }, member.token);
    expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
    await postComment(target.token).expect(201);
  });

  it('when reason and days are invalid, then one 400 names both', async () => {
    const member = await signedIn();
    const res = await ban({ username: member.username, reason: '', days: 0 });
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_error']);
    expect(res.body.error.message).toMatch(/reason/);
    expect(res.body.error.message).toMatch(/days/);
  });

  it('when no token is sent, then it is 401', async () => {
    await api().post('/api/moderation/bans').send({ username: 'x', reason: 'y' }).expect(401);
    await api().get('/api/moderation/bans').expect(401);
  });
});

describe('a banned user', () => {
  it('when banned, then the very next write with the token they already hold is 403 banned, and reads still work', async () => {
    const member = await signedIn();
    const own = await postComment(member.token, 'before the ban').expect(201);
    await ban({ username: member.username, reason: 'spam', days: 1 }).expect(201);

    const post = await postComment(member.token);
    expect([post.status, post.body.error.code]).toEqual([403, 'banned']);
    const reply = await api()
      .post('/api/comments')
      .set(bearer(member.token))
      .send({ text: 'a reply', parentId: own.body.id });
    expect([reply.status, reply.body.error.code]).toEqual([403, 'banned']);
    const edit = await api()
      .patch(`/api/comments/${own.body.id}`)
      .set(bearer(member.token))
      .send({ text: 'edited' });
    expect([edit.status, edit.body.error.code]).toEqual([403, 'banned']);
    const remove = await api().delete(`/api/comments/${own.body.id}`).set(bearer(member.token));
    expect([remove.status, remove.body.error.code]).toEqual([403, 'banned']);
    const password = await api()
      .post('/api/me/password')
      .set(bearer(member.token))
      .send({ currentPassword: member.password, newPassword: 'Other-Passw0rd!' });
    expect([password.status, password.body.error.code]).toEqual([403, 'banned']);

    await api().get('/api/comments').set(bearer(member.token)).expect(200);
    const read = await api().get(`/api/comments/${own.body.id}`).set(bearer(member.token));
    expect([read.status, read.body.text]).toEqual([200, 'before the ban']);
  });

  it('when banned, then deleting the account is 403 banned and the account stays', async () => {
    const member = await signedIn();
    await ban({ username: member.username, reason: 'spam' }).expect(201);
    const res = await api()
      .post('/api/me/delete')
      .set(bearer(member.token))
      .send({ password: member.password });
    expect([res.status, res.body.error.code]).toEqual([403, 'banned']);
    await api().get('/api/comments').set(bearer(member.token)).expect(200);
  });

  it('when banned for a day, then signing in is 403 banned naming the end date', async () => {
    const member = await signedIn();
    const placed = await ban({ username: member.username, reason: 'spam', days: 1 }).expect(201);
    const res = await api()
      .post('/api/auth/login')
      .send({ username: member.username, password: member.password });
    expect([res.status, res.body.error.code]).toEqual([403, 'banned']);
    expect(res.body.error.message).toContain(placed.body.endsAt);
    expect(res.body.accessToken).toBeUndefined();
  });

  it('when the ban has ended by the clock, then the old token writes, sign-in works and the list drops it', async () => {
    const member = await signedIn();
    await ban({ username: member.username, reason: 'cool off', days: 1 }).expect(201);
    await postComment(member.token).expect(403);

    clock += DAY; // the very second it ends
    try {
      await postComment(member.token).expect(201);
      await apiTokens(t, member.username, member.password);
      const list = await bansList().expect(200);
      const names = list.body.items.map((b: { username: string }) => b.username);
      expect(names).not.toContain(member.username.toLowerCase());
    } finally {
      clock -= DAY;
    }
  });

  it('when a moderator lifts the ban, then it is 204, the user posts again with the same token and is unlisted', async () => {
    const member = await signedIn();
    await ban({ username: member.username, reason: 'spam' }).expect(201);
    await postComment(member.token).expect(403);

    await unban(member.username.toUpperCase()).expect(204);

    await postComment(member.token).expect(201);
    const list = await bansList().expect(200);
    const names = list.body.items.map((b: { username: string }) => b.username);
    expect(names).not.toContain(member.username.toLowerCase());
  });
});

describe('DELETE and GET /api/moderation/bans', () => {
  it('when the username is unknown, then DELETE is 404', async () => {
    const res = await unban('nobody-by-this-name');
    expect([res.status, res.body.error.code]).toEqual([404, 'user_not_found']);
  });

  it('when a member lifts a ban or lists bans, then both are 403 and the ban holds', async () => {
    const [member, target] = await Promise.all([signedIn(), signedIn()]);
    await ban({ username: target.username, reason: 'spam' }).expect(201);
    const lift = await unban(target.username, member.token);
    expect([lift.status, lift.body.error.code]).toEqual([403, 'forbidden']);
    const list = await bansList(member.token);
    expect([list.status, list.body.error.code]).toEqual([403, 'forbidden']);
    await postComment(target.token).expect(403);
  });

  it('when bans are listed, then newest come first', async () => {
    const [first, second] = await Promise.all([signedIn(), signedIn()]);
    await ban({ username: first.username, reason: 'one' }).expect(201);
    clock += 1;
    try {
      await ban({ username: second.username, reason: 'two' }).expect(201);
      const list = await bansList().expect(200);
      const names = list.body.items.map((b: { username: string }) => b.username);
      expect(names.indexOf(second.username.toLowerCase())).toBeLessThan(
        names.indexOf(first.username.toLowerCase()),
      );
    } finally {
      clock -= 1;
    }
  });
});
