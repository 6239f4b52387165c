import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDependencies } from '../../src/dependencies';
import { freePort } from '../../src/local/port-check';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { apiTokens, createConfirmedUser, csrfFieldOf, signInAgent } from '../helpers/auth-helpers';
import { cookieHeader, setCookies } from '../helpers/set-cookies';
import { tamperPayload } from '../helpers/jwt-factory';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('browser session', () => {
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
    const board = await signedIn.agent.get('/comments');
    expect(board.status).toBe(200);
    expect(board.headers['cache-control']).toMatch(/no-store/);
    expect(board.text).toContain(user.username);
  });

  it('when the access cookie is invalid but the refresh cookie is good, then the page refreshes transparently', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    const stale = tamperPayload(tokens.accessToken, { exp: 1 });
    const res = await request(t.app)
      .get('/comments')
      .set('Cookie', cookieHeader({ session: stale, refresh: tokens.refreshToken }));
    expect(res.status).toBe(200);
    const cookies = setCookies(res);
    expect(cookies.session.value).not.toBe(stale);
    expect(cookies.session.attributes).toMatchObject({
      httponly: true,
      samesite: 'Lax',
      path: '/',
    });
    const again = await request(t.app)
      .get('/comments')
      .set('Cookie', cookieHeader({ session: cookies.session.value }));
    expect(again.status).toBe(200);
  });

  it('when only the refresh cookie is left (access cookie expired away), then the page still works', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    const res = await request(t.app)
      .get('/comments')
      .set('Cookie', cookieHeader({ refresh: tokens.refreshToken }));
    expect(res.status).toBe(200);
    expect(setCookies(res).session).toBeDefined();
  });

  it('when the refresh fails, then back to login and the session cookies are cleared', async () => {
    const res = await request(t.app)
      .get('/comments')
      .set('Cookie', cookieHeader({ session: 'garbage', refresh: 'not-a-refresh-token' }));
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fcomments');
    expect(setCookies(res).session.attributes.expires).toMatch(/1970/);
  });
});

describe('signing out', () => {
  it('when a user signs out, then the old refresh cookie no longer opens a session', async () => {
    const user = await createConfirmedUser(t);
    const page = await request(t.app).get('/login');
    const csrf = setCookies(page).csrf.value;
    const login = await request(t.app)
      .post('/login')
      .set('Cookie', cookieHeader({ csrf }))
      .type('form')
      .send({ _csrf: csrf, ...user });
    const refresh = setCookies(login).refresh.value;
    const logout = await request(t.app)
      .post('/logout')
      .set('Cookie', cookieHeader({ csrf, session: setCookies(login).session.value, refresh }))
      .type('form')
      .send({ _csrf: csrf });
    expect(logout.status).toBe(303);
    const replay = await request(t.app).get('/comments').set('Cookie', cookieHeader({ refresh }));
    expect(replay.status).toBe(303);
    const api = await request(t.app).post('/api/auth/refresh').send({ refreshToken: refresh });
    expect(api.status).toBe(401);
  });
});

describe('when Cognito is unreachable', () => {
  let down: ReturnType<typeof createApp>;
  beforeAll(async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    down = createApp(createDependencies(loadConfig({ ...t.env, COGNITO_ENDPOINT: dead })));
  });

  it('then API sign-in answers 503, not 500', async () => {
    const res = await request(down)
      .post('/api/auth/login')
      .send({ username: 'a', password: 'Passw0rd-x' });
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('service_unavailable');
  });

  it('then signing out still clears the session', async () => {
    const agent = request.agent(down);
    const csrf = csrfFieldOf((await agent.get('/login')).text);
    const res = await agent
      .post('/logout')
      .set('Cookie', cookieHeader({ refresh: 'some-refresh-token' }))
      .type('form')
      .send({ _csrf: csrf });
    expect(res.status).toBe(303);
  });

  it('then the login page shows a 503 message with the username kept', async () => {
    const agent = request.agent(down);
    const page = await agent.get('/login');
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfFieldOf(page.text), username: 'keep-me', password: 'Passw0rd-x' });
    expect(res.status).toBe(503);
    expect(res.text).toMatch(/temporarily unavailable/);
    expect(res.text).toContain('value="keep-me"');
  });
});
