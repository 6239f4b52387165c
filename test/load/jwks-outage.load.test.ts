import http from 'node:http';
import type { Server } from 'node:http';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { loadConfig } from '../../src/config';
import { freePort } from '../../src/local/port-check';
import { ensureUser } from '../../src/local/provision';
import { startServer } from '../../src/server';
import { reportFigures } from '../helpers/figures-report';
import { signIn, type HttpSession } from '../helpers/http-sign-in';
import { provisionTestEnv, testEndpoints } from '../helpers/test-app';

const LOCAL = { region: 'us-east-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } };
const USER = { username: 'jwks-user', password: 'Jwks-Passw0rd!', email: 'j@example.com' };

/** Forwards every request to cognito-local: the JWKS becoming reachable on the configured port. */
function startJwksProxy(
  port: number,
  upstream: string,
): Promise<{ hits: () => number; server: Server }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits += 1;
    void fetch(`${upstream}${req.url}`).then(async (answer) => {
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? '' });
      res.end(Buffer.from(await answer.arrayBuffer()));
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => resolve({ hits: () => hits, server })),
  );
}

async function timed(url: string, headers: Record<string, string> = {}) {
  const started = Date.now();
  const res = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(15000) });
  const text = await res.text();
  return {
    status: res.status,
    ms: Date.now() - started,
    type: res.headers.get('content-type') ?? '',
    text,
  };
}

describe('JWKS unreachable at cold start', () => {
  let jwksPort: number;
  let server: Server;
  let baseUrl: string;
  let session: HttpSession;
  let proxy: Server | undefined;

  beforeAll(async () => {
    const env = await provisionTestEnv();
    jwksPort = await freePort();
    const cognitoAdmin = new CognitoIdentityProviderClient({
      ...LOCAL,
      endpoint: testEndpoints().cognito,
    });
    await ensureUser(cognitoAdmin, env.COGNITO_USER_POOL_ID, USER);
    cognitoAdmin.destroy();
    const jwksUri = `http://127.0.0.1:${jwksPort}/${env.COGNITO_USER_POOL_ID}/.well-known/jwks.json`;
    server = await startServer({ ...loadConfig({ ...env, COGNITO_JWKS_URI: jwksUri }), port: 0 });
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    session = await signIn(baseUrl, USER);
  });

  afterAll(async () => {
    for (const s of [server, proxy]) {
      s?.closeAllConnections();
      await new Promise((resolve) => (s ? s.close(resolve) : resolve(undefined)));
    }
  });

  it('when the JWKS cannot be fetched, then protected routes answer 503 quickly and the login page still renders; once it is reachable, the same app authenticates', async () => {
    const bearer = { authorization: `Bearer ${session.accessToken}` };
    const me = await timed(`${baseUrl}/api/me`, bearer);
    const list = await timed(`${baseUrl}/api/comments`, bearer);
    const page = await timed(`${baseUrl}/comments`, { cookie: session.cookie });
    const login = await timed(`${baseUrl}/login`);

    for (const api of [me, list]) {
      expect(api.status).toBe(503);
      expect(JSON.parse(api.text)).toMatchObject({ error: { code: 'service_unavailable' } });
    }
    expect(page.status).toBe(503);
    expect(page.type).toMatch(/text\/html/);
    expect(login.status).toBe(200);
    expect(login.text).toContain('name="password"');
    expect(Math.max(me.ms, list.ms, page.ms)).toBeLessThan(10000);

    const reachable = await startJwksProxy(jwksPort, testEndpoints().cognito);
    proxy = reachable.server;
    const meAfter = await timed(`${baseUrl}/api/me`, bearer);
    const listAfter = await timed(`${baseUrl}/api/comments`, bearer);
    const pageAfter = await timed(`${baseUrl}/comments`, { cookie: session.cookie });
    for (let i = 0; i < 5; i += 1) await timed(`${baseUrl}/api/me`, bearer);

    expect(meAfter.status).toBe(200);
    expect(JSON.parse(meAfter.text)).toMatchObject({ username: USER.username });
    expect(listAfter.status).toBe(200);
    expect(pageAfter.status).toBe(200);
    expect(reachable.hits()).toBe(1);

    reportFigures('jwks-outage', {
      unreachable: {
        apiMe: [me.status, me.ms],
        apiComments: [list.status, list.ms],
        commentsPage: [page.status, page.ms],
        loginPage: [login.status, login.ms],
      },
      reachable: {
        apiMe: [meAfter.status, meAfter.ms],
        apiComments: [listAfter.status, listAfter.ms],
        commentsPage: [pageAfter.status, pageAfter.ms],
      },
      jwksFetchesFor8AuthenticatedRequests: reachable.hits(),
    });
  });
});
