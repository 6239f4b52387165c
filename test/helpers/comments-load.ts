import autocannon from 'autocannon';
import type { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ensureUser } from '../../src/local/provision';

const PASSWORD = 'Load-Passw0rd!';

/** One JSON call to the app's API; the body parsed (or `{}` when empty). */
export async function apiCall(baseUrl: string, path: string, body?: unknown, token?: string) {
  const res = await fetch(`${baseUrl}${path}`, {
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
 * Creates `count` confirmed users in the pool with the Cognito admin API and signs each in through
 * `POST /api/auth/login`. (Sign-up with the printed code is what the browser test does; cognito-local
 * holds back some of its printed boxes at its default log level, so ten in a row are not reliable.)
 */
export async function loadUserTokens(
  baseUrl: string,
  cognito: CognitoIdentityProviderClient,
  userPoolId: string,
  count: number,
): Promise<string[]> {
  const tokens: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const username = `load-user-${i}`;
    await ensureUser(cognito, userPoolId, {
      username,
      password: PASSWORD,
      email: `${username}@example.com`,
    });
    const login = await apiCall(baseUrl, '/api/auth/login', { username, password: PASSWORD });
    if (login.status !== 200) throw new Error(`login of ${username}: ${login.status}`);
    tokens.push(login.body.accessToken as string);
  }
  return tokens;
}

/** What a load run sent and what walking every page of the board found afterwards. */
export interface CommentsLoadResult {
  result: autocannon.Result;
  listed: number;
  pages: number;
  ids: Set<string>;
  texts: Set<string>;
  authors: Set<string>;
}

/**
 * Posts `total` comments over `connections` connections, round-robin over `tokens`, then walks
 * `GET /api/comments` page by page to the end.
 */
export async function postAndWalk(
  baseUrl: string,
  tokens: string[],
  total: number,
  connections: number,
): Promise<CommentsLoadResult> {
  let sent = 0;
  const result = await autocannon({
    url: baseUrl,
    connections,
    amount: total,
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
              authorization: `Bearer ${tokens[n % tokens.length]}`,
            },
            body: JSON.stringify({ text: `load comment ${n}` }),
          };
        },
      },
    ],
  });

  const walk: CommentsLoadResult = {
    result,
    listed: 0,
    pages: 0,
    ids: new Set(),
    texts: new Set(),
    authors: new Set(),
  };
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = await apiCall(baseUrl, `/api/comments?limit=100${query}`, undefined, tokens[0]);
    if (page.status !== 200) throw new Error(`listing page ${walk.pages + 1}: ${page.status}`);
    const items = page.body.items as Array<{ id: string; text: string; username: string }>;
    walk.pages += 1;
    walk.listed += items.length;
    for (const item of items) {
      walk.ids.add(item.id);
      walk.texts.add(item.text);
      walk.authors.add(item.username);
    }
    cursor = page.body.nextCursor as string | null;
  } while (cursor);
  return walk;
}

/** The correctness half of a load run: no failure, and every post listed exactly once. */
export function expectEveryPostListedOnce(run: CommentsLoadResult, total: number, users: number) {
  const { result, listed, ids, texts, authors } = run;
  expect(result['5xx']).toBe(0);
  expect(result.errors).toBe(0);
  expect(result.timeouts).toBe(0);
  expect(result['2xx']).toBe(total);
  expect(listed).toBe(total);
  expect(ids.size).toBe(total);
  expect(texts.size).toBe(total);
  expect([...texts].every((text) => /^load comment \d+$/.test(text))).toBe(true);
  expect(authors.size).toBe(users);
}
