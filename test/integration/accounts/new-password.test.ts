import request from 'supertest';
import { createApp } from '../../../src/app';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { createChallengeStore } from '../../../src/auth/challenge-store';
import { createCognitoAccountClient } from '../../../src/auth/cognito-account-client';
import { createAccountsService } from '../../../src/accounts/accounts-service';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { csrfFieldOf } from '../../helpers/auth-helpers';
import { createAdminCreatedUser } from '../../helpers/admin-created-user';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Chosen-Passw0rd';
const post = (path: string, body: object) => request(t.app).post(path).send(body);
const challengeOf = async (username: string, password: string): Promise<string> => {
  const res = await post('/api/auth/login', { username, password });
  expect(res.status).toBe(403);
  return res.body.error.session as string;
};

describe('first sign-in with a temporary password over the API', () => {
  it('when an admin-created user signs in, then login answers 403 new_password_required with an opaque session, and new-password signs them in', async () => {
    const user = await createAdminCreatedUser(t);

    const login = await post('/api/auth/login', {
      username: user.username,
      password: user.temporaryPassword,
    });
    expect(login.status).toBe(403);
    expect(login.body.error).toEqual({
      code: 'new_password_required',
      message: expect.stringMatching(/temporary password/),
      session: expect.stringMatching(/^[\w-]{43}$/),
    });
    const done = await post('/api/auth/new-password', {
      username: user.username,
      session: login.body.error.session,
      newPassword: NEW_PASSWORD,
    });

    expect(done.status).toBe(200);
    expect(done.body).toEqual({
      accessToken: expect.any(String),
      idToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: expect.any(Number),
      tokenType: 'Bearer',
    });
    const me = await request(t.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${done.body.accessToken}`);
    expect(me.body.username).toBe(user.username);
    expect(
      (await post('/api/auth/login', { username: user.username, password: NEW_PASSWORD })).status,
    ).toBe(200);
    expect(
      (await post('/api/auth/login', { username: user.username, password: user.temporaryPassword }))
        .status,
    ).toBe(401);
  });

  it('when the session was already used, then a second new-password answers 400 invalid_session', async () => {
    const user = await createAdminCreatedUser(t);
    const session = await challengeOf(user.username, user.temporaryPassword);
    await post('/api/auth/new-password', {
      username: user.username,
      session,
      newPassword: NEW_PASSWORD,
    }).expect(200);

    const again = await post('/api/auth/new-password', {
      username: user.username,
      session,
      newPassword: 'Other-Passw0rd',
    });

    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('invalid_session');
    expect(
      (await post('/api/auth/login', { username: user.username, password: NEW_PASSWORD })).status,
    ).toBe(200);
  });

  it("when the session is unknown or Cognito-shaped, then new-password answers 400 invalid_session and the user's password is unchanged", async () => {
    const user = await createAdminCreatedUser(t);

    for (const session of ['made-up', 'x'.repeat(43), '00000000-0000-0000-0000-000000000000']) {
      const res = await post('/api/auth/new-password', {
        username: user.username,
        session,
        newPassword: NEW_PASSWORD,
      });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_session');
    }
    expect(
      (await post('/api/auth/login', { username: user.username, password: NEW_PASSWORD })).status,
    ).toBe(403);
  });

  it("when another user's session is used, then new-password answers 400 invalid_session and neither password changes", async () => {
    const victim = await createAdminCreatedUser(t);
    const attacker = await createAdminCreatedUser(t);
    const attackerSession = await challengeOf(attacker.username, attacker.temporaryPassword);

    const res = await post('/api/auth/new-password', {
      username: victim.username,
      session: attackerSession,
      newPassword: NEW_PASSWORD,
    });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_session');
    expect(
      (
        await post('/api/auth/login', {
          username: victim.username,
          password: victim.temporaryPassword,
        })
      ).status,
    ).toBe(403);
  });

  it('when the new password is weak, then 400 invalid_password and the session still works', async () => {
    const user = await createAdminCreatedUser(t);
    const session = await challengeOf(user.username, user.temporaryPassword);

    const weak = await post('/api/auth/new-password', {
      username: user.username,
      session,
      newPassword: 'weak',
    });

    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('invalid_password');
    expect(
      (
        await post('/api/auth/new-password', {
          username: user.username,
          session,
          newPassword: NEW_PASSWORD,
        })
      ).status,
    ).toBe(200);
  });

  it('when more than 3 minutes pass, then the session is refused as invalid_session', async () => {
    let now = Date.now();
    const table = createTableAccess(createDynamoClient(t.config), t.config.commentsTable);
    const challenges = createChallengeStore(table, { now: () => now });
    const pool = {
      userPoolId: t.config.userPoolId,
      clientId: t.config.clientId,
      endpoint: t.config.cognitoEndpoint,
    };
    const app = createApp({
      ...t.deps,
      auth: { ...t.deps.auth, challenges },
      accounts: createAccountsService({
        cognito: createCognitoAccountClient(pool),
        signIn: t.deps.auth.cognito,
        challenges,
      }),
    });
    const user = await createAdminCreatedUser(t);
    const login = await request(app)
      .post('/api/auth/login')
      .send({ username: user.username, password: user.temporaryPassword });
    now += 181_000;

    const res = await request(app).post('/api/auth/new-password').send({
      username: user.username,
      session: login.body.error.session,
      newPassword: NEW_PASSWORD,
    });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_session');
  });
});

describe('first sign-in with a temporary password on the pages', () => {
  it('when an admin-created user signs in on the page, then the "Choose a new password" page takes a new one and they land on next, signed in', async () => {
    const user = await createAdminCreatedUser(t);
    const agent = request.agent(t.app);
    const loginPage = await agent.get('/login?next=/comments?page=1');

    const challenge = await agent
      .post('/login')
      .type('form')
      .send({
        _csrf: csrfFieldOf(loginPage.text),
        username: user.username,
        password: user.temporaryPassword,
        next: '/comments?page=1',
      });
    expect(challenge.status).toBe(200);
    expect(challenge.text).toContain('<h1 id="page-title">Choose a new password</h1>');
    expect(challenge.text).not.toContain(user.temporaryPassword);
    const session = /name="session" value="([^"]+)"/.exec(challenge.text)![1];
    const done = await agent
      .post('/new-password')
      .type('form')
      .send({
        _csrf: csrfFieldOf(challenge.text),
        username: user.username,
        session,
        next: '/comments?page=1',
        newPassword: NEW_PASSWORD,
      });

    expect(done.status).toBe(303);
    expect(done.headers.location).toBe('/comments?page=1&notice=signed-in');
    const board = await agent.get(done.headers.location);
    expect(board.text).toContain(`Signed in as <strong>${user.username}</strong>`);
  });

  it('when the page gets a weak password, then it says so next to the field and the step still works', async () => {
    const user = await createAdminCreatedUser(t);
    const agent = request.agent(t.app);
    const loginPage = await agent.get('/login');
    const challenge = await agent
      .post('/login')
      .type('form')
      .send({
        _csrf: csrfFieldOf(loginPage.text),
        username: user.username,
        password: user.temporaryPassword,
      });
    const session = /name="session" value="([^"]+)"/.exec(challenge.text)![1];
    const form = { _csrf: csrfFieldOf(challenge.text), username: user.username, session };

    const weak = await agent
      .post('/new-password')
      .type('form')
      .send({ ...form, newPassword: 'weakling' });

    expect(weak.status).toBe(400);
    expect(weak.text).toContain('id="newPassword-error"');
    expect(weak.text).not.toContain('weakling');
    expect(
      (
        await agent
          .post('/new-password')
          .type('form')
          .send({ ...form, newPassword: NEW_PASSWORD })
      ).status,
    ).toBe(303);
  });

  it('when the page is posted with a used session, then it asks to sign in again', async () => {
    const agent = request.agent(t.app);
    const loginPage = await agent.get('/login');

    const res = await agent
      .post('/new-password')
      .type('form')
      .send({
        _csrf: csrfFieldOf(loginPage.text),
        username: 'someone',
        session: 'x'.repeat(43),
        newPassword: NEW_PASSWORD,
      });

    expect(res.status).toBe(400);
    expect(res.text).toContain('Sign in again');
  });
});
