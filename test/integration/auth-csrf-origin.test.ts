import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { startServer } from '../../src/server';
import { createTestApp, type TestApp } from '../helpers/test-app';
import {
  createConfirmedUser,
  csrfFieldOf,
  signInAgent,
  type TestUser,
} from '../helpers/auth-helpers';
import { setCookies } from '../helpers/set-cookies';

const SITE = 'https://board.example';
let t: TestApp;
let local: TestApp;
let user: TestUser;
beforeAll(async () => {
  [t, local] = await Promise.all([createTestApp({ SITE_URL: SITE }), createTestApp()]);
  user = await createConfirmedUser(t);
});
afterAll(() => {
  t.close();
  local.close();
});

/** Posts the login form of a fresh browser with extra request headers. */
async function postLogin(app: TestApp, headers: Record<string, string>, who = user) {
  const agent = request.agent(app.app);
  const page = await agent.get('/login');
  return agent
    .post('/login')
    .set(headers)
    .type('form')
    .send({ _csrf: csrfFieldOf(page.text), ...who });
}

describe('form POSTs from other sites (CSRF defence in depth)', () => {
  it('when a form comes from this site (SITE_URL origin, same-origin fetch), then sign-in works', async () => {
    const res = await postLogin(t, { Origin: SITE, 'Sec-Fetch-Site': 'same-origin' });
    expect(res.status).toBe(303);
  });

  it('when a form has neither header (an old browser, curl), then the token alone decides', async () => {
    expect((await postLogin(t, {})).status).toBe(303);
  });

  it.each([
    ['Sec-Fetch-Site: cross-site', { 'Sec-Fetch-Site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site (a sibling subdomain)', { 'Sec-Fetch-Site': 'same-site' }],
    ['another Origin', { Origin: 'https://evil.example' }],
    ['a sibling subdomain Origin', { Origin: 'https://comments.board.example' }],
    [
      'another Origin behind forged X-Forwarded-Host/Proto',
      {
        Origin: 'https://evil.example',
        'X-Forwarded-Host': 'evil.example',
        'X-Forwarded-Proto': 'https',
      },
    ],
  ])(
    'when the login form has a valid token but %s, then a 403 page and no session',
    async (_name, headers) => {
      const res = await postLogin(t, headers);
      expect(res.status).toBe(403);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('did not come from this site');
      expect(setCookies(res).session).toBeUndefined();
    },
  );

  it('when a signed-in user’s browser posts a comment or signs out from another site, then both are refused', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    const comment = await signedIn.agent
      .post('/comments')
      .set('Sec-Fetch-Site', 'cross-site')
      .type('form')
      .send({ _csrf: signedIn.csrfToken, text: 'forged from elsewhere' });
    const logout = await signedIn.agent
      .post('/logout')
      .set('Origin', 'https://evil.example')
      .type('form')
      .send({ _csrf: signedIn.csrfToken });
    expect([comment.status, logout.status]).toEqual([403, 403]);
    const board = await signedIn.agent.get('/comments');
    expect(board.status).toBe(200);
    expect(board.text).not.toContain('forged from elsewhere');
  });

  it('when no SITE_URL is set locally, then this server’s loopback origins pass and other ports do not', async () => {
    const other = await createConfirmedUser(local);
    const ok = await Promise.all(
      ['http://localhost:3000', 'http://127.0.0.1:3000'].map((Origin) =>
        postLogin(local, { Origin }, other),
      ),
    );
    expect(ok.map((res) => res.status)).toEqual([303, 303]);
    expect((await postLogin(local, { Origin: 'http://localhost:3001' }, other)).status).toBe(403);
  });
});

describe('the local server’s own origin', () => {
  it('when the server picks its port (PORT=0), then forms from that port pass and from port 0 do not', async () => {
    const server: Server = await startServer({ ...local.config, port: 0 });
    try {
      const { port } = server.address() as AddressInfo;
      const base = `http://127.0.0.1:${port}`;
      const who = await createConfirmedUser(local);
      const post = async (origin: string) => {
        const page = await fetch(`${base}/login`);
        return fetch(`${base}/login`, {
          method: 'POST',
          redirect: 'manual',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            cookie: page.headers.getSetCookie()[0].split(';')[0],
            origin,
          },
          body: new URLSearchParams({ _csrf: csrfFieldOf(await page.text()), ...who }),
        });
      };
      expect((await post(base)).status).toBe(303);
      expect((await post('http://127.0.0.1:0')).status).toBe(403);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('CSRF token rotation', () => {
  it('when a user signs in, then the form token changes and the one from before no longer works', async () => {
    const agent = request.agent(t.app);
    const before = csrfFieldOf((await agent.get('/login')).text);
    const res = await agent
      .post('/login')
      .type('form')
      .send({ _csrf: before, ...user });
    const after = setCookies(res).csrf?.value;
    expect(after).toMatch(/^[\w-]{43}$/);
    expect(after).not.toBe(before);
    const stale = await agent.post('/comments').type('form').send({ _csrf: before, text: 'stale' });
    expect(stale.status).toBe(403);
    expect(csrfFieldOf((await agent.get('/comments')).text)).toBe(after);
  });

  it('when a user signs out, then the form token changes and the signed-in one no longer works', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    const during = signedIn.csrfToken;
    const res = await signedIn.agent.post('/logout').type('form').send({ _csrf: during });
    expect(res.status).toBe(303);
    const after = setCookies(res).csrf?.value;
    expect(after).toMatch(/^[\w-]{43}$/);
    expect(after).not.toBe(during);
    const stale = await signedIn.agent
      .post('/login')
      .type('form')
      .send({ _csrf: during, ...user });
    expect(stale.status).toBe(403);
  });
});
