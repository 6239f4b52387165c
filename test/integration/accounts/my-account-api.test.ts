import request from 'supertest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { apiTokens, createConfirmedUser, type TestUser } from '../../helpers/auth-helpers';
import { createApp } from '../../../src/app';
import { createMyAccountService } from '../../../src/accounts/my-account-service';
import { createMarkdownRenderer } from '../../../src/comments/comment-markdown';
import { createCommentsRepository } from '../../../src/comments/comments-repository';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { tableKeys } from '../../../src/storage/table-keys';
import { createUserRecords } from '../../../src/storage/user-records';
import { createCognitoAccountClient } from '../../../src/auth/cognito-account-client';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Changed-Passw0rd';
const login = (username: string, password: string) =>
  request(t.app).post('/api/auth/login').send({ username, password });
const changePassword = (token: string, body: object) =>
  request(t.app).post('/api/me/password').set('Authorization', `Bearer ${token}`).send(body);
const postComment = async (token: string, text: string): Promise<string> => {
  const res = await request(t.app)
    .post('/api/comments')
    .set('Authorization', `Bearer ${token}`)
    .send({ text });
  expect(res.status).toBe(201);
  return res.body.id as string;
};

describe('POST /api/me/password', () => {
  let user: TestUser;
  let token: string;
  beforeEach(async () => {
    user = await createConfirmedUser(t);
    token = (await apiTokens(t, user.username, user.password)).accessToken;
  });

  it('when the current password is right and the new one strong, then 204, the old password is refused and the new one signs in', async () => {
    const res = await changePassword(token, {
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
    });

    expect(res.status).toBe(204);
    const withOld = await login(user.username, user.password);
    expect(withOld.status).toBe(401);
    expect(withOld.body.error.code).toBe('invalid_credentials');
    expect((await login(user.username, NEW_PASSWORD)).status).toBe(200);
  });

  it('when the current password is wrong, then 401 invalid_credentials and the password is unchanged', async () => {
    const res = await changePassword(token, {
      currentPassword: 'Not-The-Passw0rd',
      newPassword: NEW_PASSWORD,
    });

    expect(res.status).toBe(401);
    expect(res.body.error).toEqual({
      code: 'invalid_credentials',
      message: 'Your current password is not right',
    });
    expect((await login(user.username, user.password)).status).toBe(200);
    expect((await login(user.username, NEW_PASSWORD)).status).toBe(401);
  });

  it('when the new password is weak, then 400 invalid_password stating the rule, and the password is unchanged', async () => {
    const res = await changePassword(token, {
      currentPassword: user.password,
      newPassword: 'weakpass',
    });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_password');
    expect(res.body.error.message).toMatch(/at least 8 characters.*upper- and lower-case.*number/);
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it('when the new password is weak and the current one wrong, then the weak password is named first (400), not a 401', async () => {
    const res = await changePassword(token, { currentPassword: 'wrong', newPassword: 'short' });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_password');
  });

  it('when both fields are missing, then one 400 names each of them', async () => {
    const res = await changePassword(token, {});

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_error');
    expect(res.body.error.message).toContain('your current password');
    expect(res.body.error.message).toContain('a new password');
  });

  it('when the token was issued before a sign-out, then 401 and nothing changes', async () => {
    const tokens = await apiTokens(t, user.username, user.password);
    await request(t.app)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${tokens.accessToken}`)
      .send({ refreshToken: tokens.refreshToken })
      .expect(204);

    const res = await changePassword(tokens.accessToken, {
      currentPassword: user.password,
      newPassword: NEW_PASSWORD,
    });

    expect(res.status).toBe(401);
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it('when no bearer token is sent, then 401 and nothing changes', async () => {
    const res = await request(t.app)
      .post('/api/me/password')
      .send({ currentPassword: user.password, newPassword: NEW_PASSWORD });

    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    expect((await login(user.username, user.password)).status).toBe(200);
  });
});

describe('GET /api/me/export', () => {
  it('when a user has visible and moderator-hidden comments, then the export holds exactly theirs, newest first, with their details', async () => {
    const [alice, bob, moderator] = await Promise.all([
      createConfirmedUser(t),
      createConfirmedUser(t),
      createConfirmedUser(t, { groups: ['moderators'] }),
    ]);
    const aliceTokens = await apiTokens(t, alice.username, alice.password);
    const bobToken = (await apiTokens(t, bob.username, bob.password)).accessToken;
    const modToken = (await apiTokens(t, moderator.username, moderator.password)).accessToken;
    const first = await postComment(aliceTokens.accessToken, 'Alice, first');
    await postComment(bobToken, 'Bob, not Alice');
    const second = await postComment(aliceTokens.accessToken, 'Alice, second (to be hidden)');
    const hide = await request(t.app)
      .delete(`/api/comments/${second}`)
      .set('Authorization', `Bearer ${modToken}`);
    expect(hide.status).toBe(204);

    const res = await request(t.app)
      .get('/api/me/export')
      .set('Authorization', `Bearer ${aliceTokens.accessToken}`);

    expect(res.status).toBe(200);
    expect(res.body.user).toEqual({
      sub: expect.any(String),
      username: alice.username,
      email: `${alice.username}@example.com`,
      groups: [],
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(res.body.comments.map((c: { id: string }) => c.id)).toEqual([second, first]);
    expect(res.body.comments[0]).toMatchObject({
      text: 'Alice, second (to be hidden)',
      hidden: true,
    });
    expect(res.body.comments[1]).toEqual({
      id: first,
      board: 'main',
      parentId: null,
      userId: res.body.user.sub,
      username: alice.username,
      text: 'Alice, first',
      html: '<p>Alice, first</p>',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      editedAt: null,
      replyCount: 0,
      deleted: false,
      likes: 0,
      likedByMe: false,
    });
  });

  it('when the bearer is an ID token, then the email comes from its claim and the export is the same', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    await postComment(tokens.accessToken, 'One comment');

    const byId = await request(t.app)
      .get('/api/me/export')
      .set('Authorization', `Bearer ${tokens.idToken}`);
    const byAccess = await request(t.app)
      .get('/api/me/export')
      .set('Authorization', `Bearer ${tokens.accessToken}`);

    expect(byId.status).toBe(200);
    expect(byId.body).toEqual(byAccess.body);
    expect(byId.body.user.email).toBe(`${user.username}@example.com`);
  });

  it('when no bearer token is sent, then 401', async () => {
    const res = await request(t.app).get('/api/me/export');

    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
  });

  it('when the comments fill several index pages, then the export has all of them once, newest first', async () => {
    const table = createTableAccess(createDynamoClient(t.config), t.config.commentsTable);
    const app = createApp({
      ...t.deps,
      myAccount: createMyAccountService({
        cognito: createCognitoAccountClient({
          userPoolId: t.config.userPoolId,
          clientId: t.config.clientId,
          endpoint: t.config.cognitoEndpoint,
        }),
        users: createUserRecords(table),
        comments: createCommentsRepository(table),
        exportPageSize: 2,
        render: createMarkdownRenderer().render,
      }),
    });
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const ids: string[] = [];
    for (const n of [1, 2, 3, 4, 5]) ids.push(await postComment(accessToken, `comment ${n}`));

    const res = await request(app)
      .get('/api/me/export')
      .set('Authorization', `Bearer ${accessToken}`);

    expect(res.status).toBe(200);
    expect(res.body.comments.map((c: { id: string }) => c.id)).toEqual([...ids].reverse());
  });

  it('when a hide was cut off between its two writes, then the export lists that comment once, as hidden', async () => {
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const id = await postComment(accessToken, 'caught half-way through hiding');
    const table = createTableAccess(createDynamoClient(t.config), t.config.commentsTable);
    const visible = await table.get({ board: tableKeys.visibleComments('main'), id });
    // The hide's first write (the hidden copy) without its second (deleting the visible one).
    await table.putIf({
      ...visible,
      board: tableKeys.hiddenComments('main'),
      visible: 0,
      hiddenBy: 'a-moderator',
      hiddenAt: new Date().toISOString(),
      hiddenReason: 'hidden',
    });

    const res = await request(t.app)
      .get('/api/me/export')
      .set('Authorization', `Bearer ${accessToken}`);

    expect(res.status).toBe(200);
    expect(res.body.comments).toEqual([expect.objectContaining({ id, hidden: true })]);
  });
});
