import request from 'supertest';
import { createApp } from '../../src/app';
import { createTestApp, type TestApp } from '../helpers/test-app';
import {
  createConfirmedUser,
  csrfFieldOf,
  signInAgent,
  type TestUser,
} from '../helpers/auth-helpers';
import { cookieHeader, setCookies } from '../helpers/set-cookies';

const FRONT_DOOR_OFF = { trustedProxyHops: 0, originSecrets: [], hstsPreload: false };

let t: TestApp;
let user: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  user = await createConfirmedUser(t);
});
afterAll(() => t.close());

/** A fresh browser that has loaded the login page: its agent and the form's CSRF token. */
async function browserOnLogin(path = '/login') {
  const agent = request.agent(t.app);
  const page = await agent.get(path);
  return { agent, csrf: csrfFieldOf(page.text), page };
}

describe('sign-in pages', () => {
  it('when / (the board index) is requested signed out, then it lists the public boards and links sign-in', async () => {
    const res = await request(t.app).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('href="/login?next=%2F"');
  });

  it('when a protected page is requested without a session, then 303 to /login with next', async () => {
    const res = await request(t.app).get('/comments?cursor=abc');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fcomments%3Fcursor%3Dabc');
  });

  it('when the login page is shown, then it has a labelled form and sets an HttpOnly Lax CSRF cookie', async () => {
    const { page } = await browserOnLogin();
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/<label for="username">/);
    expect(page.text).toMatch(/autocomplete="current-password"/);
    const csrf = setCookies(page).csrf;
    expect(csrf.attributes).toMatchObject({ httponly: true, samesite: 'Lax', path: '/' });
    expect(csrf.attributes.secure).toBeUndefined();
  });

  it('when the login form is posted with the right password, then 303 to /comments with session cookies', async () => {
    const { agent, csrf } = await browserOnLogin();
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, ...user });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/comments?notice=signed-in');
    const cookies = setCookies(res);
    for (const name of ['session', 'refresh']) {
      expect(cookies[name].attributes).toMatchObject({
        httponly: true,
        samesite: 'Lax',
        path: '/',
      });
      expect(cookies[name].raw.length).toBeLessThan(4096);
    }
    expect((await agent.get('/comments')).status).toBe(200);
  });

  it('when the password is wrong or the user unknown, then 401 with one message and the username kept', async () => {
    const { agent, csrf } = await browserOnLogin();
    const wrong = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, username: user.username, password: 'Wrong-Passw0rd' });
    const unknown = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, username: 'nobody-here', password: 'Wrong-Passw0rd' });
    for (const res of [wrong, unknown]) {
      expect(res.status).toBe(401);
      expect(res.text).toContain('Incorrect username or password');
      expect(res.text).toMatch(/role="alert"/);
      expect(res.text).not.toContain('Wrong-Passw0rd');
    }
    expect(wrong.text).toContain(`value="${user.username}"`);
  });

  it.each([
    ['no CSRF field', (csrf: string) => ({ ...user, _csrf: csrf && undefined })],
    ['a wrong CSRF field', () => ({ ...user, _csrf: 'x'.repeat(43) })],
  ])('when the login form has %s, then 403 page and no session', async (_name, body) => {
    const { agent, csrf } = await browserOnLogin();
    const res = await agent.post('/login').type('form').send(body(csrf));
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(setCookies(res).session).toBeUndefined();
  });

  it('when a login form is posted with no CSRF cookie (a cross-site page), then 403', async () => {
    const { csrf } = await browserOnLogin();
    const res = await request(t.app)
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, ...user });
    expect(res.status).toBe(403);
  });

  it('when next is a same-site path, then sign-in returns there', async () => {
    const { agent, csrf, page } = await browserOnLogin('/login?next=%2Fcomments%3Fcursor%3Dabc');
    expect(page.text).toContain('name="next" value="/comments?cursor=abc"');
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, ...user, next: '/comments?cursor=abc' });
    expect(res.headers.location).toBe('/comments?cursor=abc&notice=signed-in');
  });

  it.each([
    '//evil.example/x',
    'https://evil.example/',
    '/\\evil.example',
    'javascript:alert(1)',
    '\\\\evil',
  ])('when next is %s, then sign-in ignores it and goes to /comments', async (next) => {
    const { agent, csrf } = await browserOnLogin();
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrf, ...user, next });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/comments?notice=signed-in');
  });

  it('when the request came over HTTPS through a trusted proxy, then the cookies are Secure and __Host- prefixed', async () => {
    // One TLS-terminating proxy in front (its X-Forwarded-Proto is trusted); the same table and pool.
    const settings = { ...t.deps.settings, frontDoor: { ...FRONT_DOOR_OFF, trustedProxyHops: 1 } };
    const app = createApp({ ...t.deps, settings });
    // supertest's cookie jar will not send Secure cookies over http, so the Cookie header is set by hand.
    const page = await request(app).get('/login').set('X-Forwarded-Proto', 'https');
    const csrf = setCookies(page)['__Host-csrf'];
    expect(csrf.attributes).toMatchObject({ secure: true, httponly: true, path: '/' });
    const res = await request(app)
      .post('/login')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', cookieHeader({ '__Host-csrf': csrf.value }))
      .type('form')
      .send({ _csrf: csrfFieldOf(page.text), ...user });
    expect(res.status).toBe(303);
    const cookies = setCookies(res);
    expect(cookies['__Host-session'].attributes).toMatchObject({
      secure: true,
      httponly: true,
      path: '/',
    });
    expect(cookies['__Host-refresh'].attributes.secure).toBe(true);
    const board = await request(app)
      .get('/comments')
      .set('X-Forwarded-Proto', 'https')
      .set('Cookie', cookieHeader({ '__Host-session': cookies['__Host-session'].value }));
    expect(board.status).toBe(200);
  });

  it('when a signed-in user signs out with the CSRF token, then cookies are cleared and pages need login', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    const forged = await signedIn.agent.post('/logout').type('form').send({});
    expect(forged.status).toBe(403);
    const res = await signedIn.agent
      .post('/logout')
      .type('form')
      .send({ _csrf: signedIn.csrfToken });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?notice=signed-out');
    const cookies = setCookies(res);
    expect(cookies.session.attributes.expires).toMatch(/1970/);
    expect(cookies.refresh.attributes.expires).toMatch(/1970/);
    expect((await signedIn.agent.get('/comments')).status).toBe(303);
  });
});
