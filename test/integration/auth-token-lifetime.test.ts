import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import {
  apiTokens,
  createConfirmedUser,
  csrfFieldOf,
  type TestUser,
} from '../helpers/auth-helpers';
import { setCookies } from '../helpers/set-cookies';

let t: TestApp;
let user: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await createConfirmedUser(t);
});
afterAll(() => t.close());

/** Seconds from now until the JWT's own `exp` claim. */
function secondsUntilExp(jwt: string): number {
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString()) as {
    exp: number;
  };
  return payload.exp - Math.floor(Date.now() / 1000);
}

describe('token lifetime', () => {
  it('when signing in through the API, then expiresIn is the access token’s own remaining life', async () => {
    const res = await request(t.app).post('/api/auth/login').send(user);
    expect(res.status).toBe(200);
    const left = secondsUntilExp(res.body.accessToken);
    expect(left).toBeGreaterThan(3600); // cognito-local's tokens live 24 h; Cognito says 3600 anyway
    expect(Math.abs(res.body.expiresIn - left)).toBeLessThanOrEqual(5);
  });

  it('when refreshing through the API, then expiresIn is the new access token’s own remaining life', async () => {
    const { refreshToken } = await apiTokens(t, user.username, user.password);
    const res = await request(t.app).post('/api/auth/refresh').send({ refreshToken });
    expect(res.status).toBe(200);
    expect(
      Math.abs(res.body.expiresIn - secondsUntilExp(res.body.accessToken)),
    ).toBeLessThanOrEqual(5);
  });

  it('when signing in through the form, then the session cookie lives as long as its token', async () => {
    const agent = request.agent(t.app);
    const page = await agent.get('/login');
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfFieldOf(page.text), ...user });
    expect(res.status).toBe(303);
    const session = setCookies(res).session;
    const maxAge = Number(session.attributes['max-age']);
    expect(Math.abs(maxAge - secondsUntilExp(session.value))).toBeLessThanOrEqual(5);
  });
});
