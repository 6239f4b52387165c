import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createConfirmedUser } from '../helpers/auth-helpers';
import { TEST_CONFIRMATION_CODE } from '../helpers/global-setup';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PASSWORD = 'Str0ng-Passw0rd';
const newName = () => `api-${randomUUID().slice(0, 8)}`;
const post = (path: string, body: object) => request(t.app).post(path).send(body);

describe('JSON auth API', () => {
  it('when a user signs up, confirms, signs in, calls /api/me and refreshes, then each step succeeds', async () => {
    const username = newName();
    const signUp = await post('/api/auth/signup', {
      username,
      email: `${username}@example.com`,
      password: PASSWORD,
    });
    expect(signUp.status).toBe(201);
    expect(signUp.body).toEqual({ userConfirmed: false });

    const confirm = await post('/api/auth/confirm', { username, code: TEST_CONFIRMATION_CODE });
    expect(confirm.status).toBe(204);

    const login = await post('/api/auth/login', { username, password: PASSWORD });
    expect(login.status).toBe(200);
    expect(login.headers['cache-control']).toBe('no-store');
    expect(login.body).toEqual({
      accessToken: expect.any(String),
      idToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: expect.any(Number),
      tokenType: 'Bearer',
    });
    expect(login.body.expiresIn).toBeGreaterThan(0);

    const me = await request(t.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${login.body.accessToken}`);
    expect(me.status).toBe(200);
    expect(me.body).toEqual({ sub: expect.any(String), username, groups: [] });

    const refreshed = await post('/api/auth/refresh', { refreshToken: login.body.refreshToken });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toEqual({
      accessToken: expect.any(String),
      idToken: expect.any(String),
      expiresIn: expect.any(Number),
      tokenType: 'Bearer',
    });
    const meAgain = await request(t.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${refreshed.body.idToken}`);
    expect(meAgain.body).toEqual(me.body);
  });

  it('when the password is wrong or the user does not exist, then both answer 401 with the same message', async () => {
    const user = await createConfirmedUser(t);
    const wrong = await post('/api/auth/login', {
      username: user.username,
      password: 'Wrong-Passw0rd',
    });
    const unknown = await post('/api/auth/login', { username: newName(), password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');
    expect(unknown.body).toEqual(wrong.body);
  });

  it('when the user is not confirmed, then sign-in answers 403 user_not_confirmed', async () => {
    const username = newName();
    await post('/api/auth/signup', {
      username,
      email: `${username}@example.com`,
      password: PASSWORD,
    });
    const res = await post('/api/auth/login', { username, password: PASSWORD });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('user_not_confirmed');
  });

  it('when the username is taken, then sign-up answers 409 username_exists', async () => {
    const user = await createConfirmedUser(t);
    const res = await post('/api/auth/signup', {
      username: user.username,
      email: 'x@example.com',
      password: PASSWORD,
    });
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('username_exists');
  });

  it('when the password is weak, then sign-up answers 400 invalid_password', async () => {
    const username = newName();
    const res = await post('/api/auth/signup', {
      username,
      email: `${username}@example.com`,
      password: 'weak',
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_password');
  });

  it('when fields are missing or the email is malformed, then sign-up answers 400', async () => {
    expect((await post('/api/auth/signup', { username: newName() })).status).toBe(400);
    const res = await post('/api/auth/signup', {
      username: newName(),
      email: 'nope',
      password: PASSWORD,
    });
    expect(res.status).toBe(400);
  });

  it('when the confirmation code is wrong, then confirm answers 400 code_mismatch', async () => {
    const username = newName();
    await post('/api/auth/signup', {
      username,
      email: `${username}@example.com`,
      password: PASSWORD,
    });
    const res = await post('/api/auth/confirm', { username, code: '000000' });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('code_mismatch');
  });

  it('when the refresh token is not valid, then refresh answers 401 quickly', async () => {
    const started = Date.now();
    const res = await post('/api/auth/refresh', { refreshToken: 'not-a-refresh-token' });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('invalid_refresh_token');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('when a user was created by an admin without a permanent password, then sign-in is refused, not a 500', async () => {
    const username = newName();
    await t.cognitoAdmin.send(
      new AdminCreateUserCommand({
        UserPoolId: t.config.userPoolId,
        Username: username,
        TemporaryPassword: 'Temp-Passw0rd',
        MessageAction: 'SUPPRESS',
      }),
    );
    const res = await post('/api/auth/login', { username, password: 'Temp-Passw0rd' });
    expect(res.status).toBe(403);
  });

  it('when the body claims an identity, then /api/me still reports only the token user', async () => {
    const user = await createConfirmedUser(t);
    const login = await post('/api/auth/login', user);
    const res = await request(t.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${login.body.accessToken}`)
      .query({ username: 'admin', sub: 'x' });
    expect(res.body.username).toBe(user.username);
  });
});
