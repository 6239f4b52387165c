import { packagedService } from '../../helpers/packaged-service';
import { startServerlessOffline, type ServerlessOffline } from '../../helpers/serverless-offline';
import { provisionTestEnv, seedTestUser } from '../../helpers/test-app';

const USER = { username: 'offline', password: 'Offline-Passw0rd', email: 'offline@example.com' };

let offline: ServerlessOffline;
let started = 0;
const jar = new Map<string, string>();

beforeAll(async () => {
  const pkg = await packagedService();
  const env = await provisionTestEnv({ LOG_LEVEL: process.env.DEBUG_OFFLINE ? 'DEBUG' : 'WARN' });
  await seedTestUser(env, USER);
  offline = await startServerlessOffline(pkg.zipFile, env);
  console.log(`serverless offline ready in ${offline.startupSeconds.toFixed(1)} s`);
  started = Date.now();
}, 180_000);

afterAll(async () => {
  // DEBUG_OFFLINE=1 prints what serverless offline and the function logged.
  if (process.env.DEBUG_OFFLINE) console.log(offline?.output());
  await offline?.stop();
  if (started) console.log(`offline flow: ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

/** A browser-like request: sends the cookie jar, stores every Set-Cookie, never follows redirects. */
async function browse(path: string, form?: Record<string, string>) {
  const res = await fetch(`${offline.url}${path}`, {
    method: form ? 'POST' : 'GET',
    redirect: 'manual',
    headers: {
      cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; '),
      ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
    },
    body: form ? new URLSearchParams(form).toString() : undefined,
  });
  const setCookies = res.headers.getSetCookie();
  for (const cookie of setCookies) {
    const [pair] = cookie.split(';');
    const index = pair.indexOf('=');
    jar.set(pair.slice(0, index), pair.slice(index + 1));
  }
  return { res, text: await res.text(), setCookies };
}

const hidden = (html: string, name: string) =>
  new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';

describe('the packaged app under serverless offline (HTTP API v2)', () => {
  it('when /healthz is requested, then it answers 200 through the gateway emulation', async () => {
    const { res } = await browse('/healthz');
    expect(res.status).toBe(200);
  });

  it('when a user signs in, posts and lists, then every step works and each cookie is its own Set-Cookie', async () => {
    const login = await browse('/login');
    expect(login.res.status).toBe(200);
    const signedIn = await browse('/login', {
      _csrf: hidden(login.text, '_csrf'),
      username: USER.username,
      password: USER.password,
      next: '',
    });
    expect(signedIn.res.status).toBe(303);
    expect(signedIn.res.headers.get('location')).toBe('/comments?notice=signed-in');
    // The Lambda returns the v2 `cookies` array; the gateway must turn it into separate headers.
    expect(signedIn.setCookies.length).toBeGreaterThanOrEqual(2);
    expect(signedIn.setCookies.every((cookie) => /HttpOnly/i.test(cookie))).toBe(true);

    const board = await browse('/comments');
    expect(board.res.status).toBe(200);
    const text = `Hello from serverless offline ${Date.now()}`;
    const posted = await browse('/comments', {
      _csrf: hidden(board.text, '_csrf'),
      idempotencyKey: hidden(board.text, 'idempotencyKey'),
      text,
    });
    expect(posted.res.status).toBe(303);
    expect(posted.res.headers.get('location')).toBe('/comments');

    const listed = await browse('/comments');
    expect(listed.res.status).toBe(200);
    expect(listed.text).toContain(text);
  }, 60_000);

  it('when the API signs in, posts and lists with a bearer token, then the comment is listed', async () => {
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${offline.url}${path}`, {
        ...init,
        headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
      });
    const login = await api('/api/auth/login', {
      method: 'POST',
      body: JSON.stringify({ username: USER.username, password: USER.password }),
    });
    const tokens = (await login.json()) as { accessToken: string };
    expect({ status: login.status, tokens }).toMatchObject({ status: 200 });
    const authorization = `Bearer ${tokens.accessToken}`;
    const text = `Posted through the API ${Date.now()}`;
    const posted = await api('/api/comments', {
      method: 'POST',
      headers: { authorization },
      body: JSON.stringify({ text }),
    });
    expect({ status: posted.status, body: await posted.json() }).toMatchObject({ status: 201 });
    const list = await api('/api/comments', { headers: { authorization } });
    const body = (await list.json()) as { items: { text: string }[] };
    expect({ status: list.status, body }).toMatchObject({ status: 200 });
    expect(body.items.map((item) => item.text)).toContain(text);
  });
});
