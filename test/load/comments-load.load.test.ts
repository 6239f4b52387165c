import autocannon from 'autocannon';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ensureUser, ensureUserPool } from '../../src/local/provision';
import { reportFigures } from '../helpers/figures-report';
import { startLocalAppProcess, type LocalAppProcess } from '../helpers/local-app-process';

const TOTAL = 2000;
const CONNECTIONS = 50;
const USERS = 10;
const PASSWORD = 'Load-Passw0rd!';

async function api(app: LocalAppProcess, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${app.baseUrl}${path}`, {
    method: body ? 'POST' : 'GET',
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/**
 * Creates confirmed users in `npm start`'s pool with the Cognito admin API and signs each in through
 * `POST /api/auth/login`. (Sign-up with the printed code is what the browser test does; cognito-local
 * holds back some of its printed boxes at its default log level, so ten in a row are not reliable.)
 */
async function userTokens(app: LocalAppProcess, count: number): Promise<string[]> {
  const cognito = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: app.cognitoEndpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const { userPoolId } = await ensureUserPool(cognito, 'comment-board');
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const username = `load-user-${i}`;
    await ensureUser(cognito, userPoolId, {
      username,
      password: PASSWORD,
      email: `${username}@example.com`,
    });
    const login = await api(app, '/api/auth/login', { username, password: PASSWORD });
    expect(login.status).toBe(200);
    tokens.push(login.body.accessToken as string);
  }
  cognito.destroy();
  return tokens;
}

describe('2,000 posts under load against npm start', () => {
  let app: LocalAppProcess;
  beforeAll(async () => {
    app = await startLocalAppProcess();
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('when 10 users post 2,000 comments over 50 connections, then there is no 5xx and walking every page lists each comment exactly once', async () => {
    const tokens = await userTokens(app, USERS);

    let sent = 0;
    const result = await autocannon({
      url: app.baseUrl,
      connections: CONNECTIONS,
      amount: TOTAL,
      timeout: 10,
      requests: [
        {
          method: 'POST',
          path: '/api/comments',
          setupRequest: (request) => {
            const n = sent++;
            return {
              ...request,
              headers: {
                'content-type': 'application/json',
                authorization: `Bearer ${tokens[n % USERS]}`,
              },
              body: JSON.stringify({ text: `load comment ${n}` }),
            };
          },
        },
      ],
    });

    const ids = new Set<string>();
    const texts = new Set<string>();
    const authors = new Set<string>();
    let listed = 0;
    let pages = 0;
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
      const page = await api(app, `/api/comments?limit=100${query}`, undefined, tokens[0]);
      expect(page.status).toBe(200);
      const items = page.body.items as Array<{ id: string; text: string; username: string }>;
      pages += 1;
      listed += items.length;
      for (const item of items) {
        ids.add(item.id);
        texts.add(item.text);
        authors.add(item.username);
      }
      cursor = page.body.nextCursor as string | null;
    } while (cursor);

    expect(result['5xx']).toBe(0);
    expect(result.errors).toBe(0);
    expect(result.timeouts).toBe(0);
    expect(result['2xx']).toBe(TOTAL);
    expect(listed).toBe(TOTAL);
    expect(ids.size).toBe(TOTAL);
    expect(texts.size).toBe(TOTAL);
    expect([...texts].every((text) => /^load comment \d+$/.test(text))).toBe(true);
    expect(authors.size).toBe(USERS);

    reportFigures('comments-load', {
      posts: TOTAL,
      connections: CONNECTIONS,
      users: USERS,
      durationSec: result.duration,
      reqPerSec: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      status2xx: result['2xx'],
      status5xx: result['5xx'],
      listed,
      distinctIds: ids.size,
      pagesWalked: pages,
    });
  });
});
