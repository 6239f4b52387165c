import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { apiTokens, createConfirmedUser, signInAgent } from '../helpers/auth-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('auth helpers and session', () => {
  it('when a moderator signs in through the API, then /api/me shows the token identity and groups', async () => {
    const user = await createConfirmedUser(t, { groups: ['moderators'] });
    const tokens = await apiTokens(t, user.username, user.password);
    const res = await request(t.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${tokens.accessToken}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      sub: expect.any(String),
      username: user.username,
      groups: ['moderators'],
    });
    const byId = await request(t.app)
      .get('/api/me')
      .set('Authorization', `Bearer ${tokens.idToken}`);
    expect(byId.body).toEqual(res.body);
  });

  it('when a user signs in through the form, then the agent holds a session and a CSRF token', async () => {
    const user = await createConfirmedUser(t);
    const signedIn = await signInAgent(t, user.username, user.password);
    expect(signedIn.csrfToken).toMatch(/^[\w-]{43}$/);
  });
});
