import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import {
  createConfirmedUser,
  csrfFieldOf,
  signInAgent,
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

describe('the signed-in header on pages that need no sign-in', () => {
  it('when a signed-in user opens a missing page, then the 404 page shows who is signed in and a working Sign out', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    // As after a real sign-in, the board comes first: its check caches the signing keys.
    expect((await signedIn.agent.get('/comments')).status).toBe(200);
    const res = await signedIn.agent.get('/no-such-page');
    expect(res.status).toBe(404);
    expect(res.text).toContain(`Signed in as <strong>${user.username}</strong>`);
    expect(csrfFieldOf(res.text)).toBe(signedIn.csrfToken);
    expect(Object.keys(setCookies(res))).toEqual([]);
    const out = await signedIn.agent
      .post('/logout')
      .type('form')
      .send({ _csrf: csrfFieldOf(res.text) });
    expect(out.status).toBe(303);
  });

  it('when a signed-in user gets another error page (405), then it has the same header', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    await signedIn.agent.get('/comments');
    const res = await signedIn.agent.put('/login');
    expect(res.status).toBe(405);
    expect(res.text).toContain('Signed in as');
  });

  it('when the access cookie is no longer valid but a refresh cookie exists, then the 404 page neither refreshes nor sets cookies', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    const res = await request(t.app)
      .get('/no-such-page')
      .set('Cookie', `session=not-a-valid-token; refresh=whatever; csrf=${signedIn.csrfToken}`);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('Signed in as');
    expect(setCookies(res)).toEqual({});
  });

  it('when nobody is signed in, then the 404 page has no Sign out and sets no cookie', async () => {
    const res = await request(t.app).get('/no-such-page');
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('Sign out');
    expect(setCookies(res)).toEqual({});
  });

  it('when a signed-in browser calls a missing API path, then the JSON 404 is unchanged', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    const res = await signedIn.agent.get('/api/nope');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(setCookies(res)).toEqual({});
  });
});

describe('notices after sign-in and sign-out', () => {
  it('when a user signs in, then the board says so; when they sign out, the sign-in page says so', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    const board = await signedIn.agent.get('/comments?notice=signed-in');
    expect(board.text).toMatch(/role="status">You are signed in\./);
    const out = await signedIn.agent
      .post('/logout')
      .type('form')
      .send({ _csrf: signedIn.csrfToken });
    const login = await signedIn.agent.get(out.headers.location);
    expect(login.text).toMatch(/role="status">You are signed out\./);
  });

  it('when the notice key is unknown, then no notice is shown', async () => {
    const res = await request(t.app).get('/login?notice=%3Cscript%3E');
    expect(res.text).not.toContain('role="status"');
  });
});

describe('a comment typed when the session has ended', () => {
  it('when the session is gone, then the text survives sign-in and is shown again, not posted, until the user posts it', async () => {
    const text = `Kept through sign-in ${Date.now()} <b>&</b> 日本語`;
    const browser = request.agent(t.app);
    const csrf = csrfFieldOf((await browser.get('/login')).text); // an old tab: CSRF cookie, no session

    const lost = await browser.post('/comments').type('form').send({ _csrf: csrf, text });
    expect(lost.status).toBe(401);
    expect(lost.text).toContain('Your session has ended, so your comment was not posted yet.');
    expect(lost.text).toContain('name="draft"');

    const signedIn = await browser
      .post('/login')
      .type('form')
      .send({
        _csrf: csrfFieldOf(lost.text),
        ...user,
        next: /name="next" value="([^"]*)"/.exec(lost.text)?.[1],
        draft: text,
      });
    expect(signedIn.status).toBe(200);
    expect(signedIn.text).toContain('You are signed in. Your comment has not been posted yet');
    expect(signedIn.text).toContain(`Signed in as <strong>${user.username}</strong>`);
    expect(signedIn.text).toContain('Kept through sign-in');
    expect(signedIn.text).toContain('&lt;b&gt;&amp;&lt;/b&gt; 日本語</textarea>');
    expect((await browser.get('/comments')).text).not.toContain('Kept through sign-in');

    const posted = await browser
      .post('/comments')
      .type('form')
      .send({ _csrf: csrfFieldOf(signedIn.text), text });
    expect(posted.status).toBe(303);
    expect((await browser.get('/comments')).text).toContain('Kept through sign-in');
  });

  it('when a lost-session POST with text comes from another site, then 403 and nothing is carried', async () => {
    const browser = request.agent(t.app);
    const csrf = csrfFieldOf((await browser.get('/login')).text);
    const res = await browser
      .post('/comments')
      .set('Sec-Fetch-Site', 'cross-site')
      .type('form')
      .send({ _csrf: csrf, text: 'planted by another site' });
    expect(res.status).toBe(403);
    expect(res.text).not.toContain('planted by another site');
  });

  it('when a lost-session POST has no text, then it is the usual redirect to sign-in', async () => {
    const browser = request.agent(t.app);
    const csrf = csrfFieldOf((await browser.get('/login')).text);
    const res = await browser.post('/comments').type('form').send({ _csrf: csrf, text: '  ' });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fcomments');
  });
});
