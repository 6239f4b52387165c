import type { HttpSession } from '../test/helpers/http-sign-in';
import type { RouteTarget } from './load-runner';
import { MARKDOWN_BOARD, PLAIN_BOARD } from './markdown-comments';
import type { RouteCalls } from './results-table';
import type { ServerProcess } from './server-process';

/** The listing of a board of plain-text comments: the baseline of the Markdown row. */
export const PLAIN_LIST_ROUTE = 'GET /api/boards/…/comments (plain text)';
/** The same listing on a board of Markdown-heavy comments of the same length. */
export const MARKDOWN_LIST_ROUTE = 'GET /api/boards/…/comments (Markdown)';

/** The routes the warm bench measures, with the credentials each needs. */
export function benchRoutes(session: HttpSession): RouteTarget[] {
  const bearer = { authorization: `Bearer ${session.accessToken}` };
  const boardList = (name: string, slug: string): RouteTarget => ({
    name,
    method: 'GET',
    path: `/api/boards/${slug}/comments?limit=20`,
    headers: bearer,
  });
  return [
    { name: 'GET /healthz', method: 'GET', path: '/healthz' },
    { name: 'GET /api/me', method: 'GET', path: '/api/me', headers: bearer },
    { name: 'GET /api/comments', method: 'GET', path: '/api/comments?limit=20', headers: bearer },
    // Back to back, so the machine's load of the moment hits both alike.
    boardList(PLAIN_LIST_ROUTE, PLAIN_BOARD),
    boardList(MARKDOWN_LIST_ROUTE, MARKDOWN_BOARD),
    {
      name: 'GET /comments',
      method: 'GET',
      path: '/comments',
      headers: { cookie: session.cookie },
    },
    {
      name: 'POST /api/comments',
      method: 'POST',
      path: '/api/comments',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'A bench comment of ordinary length, posted under load.' }),
    },
  ];
}

/** The API login: one Cognito call, and the CPU amazon-cognito-identity-js spends per sign-in. */
export const loginRoute = (user: { username: string; password: string }): RouteTarget => ({
  name: 'POST /api/auth/login',
  method: 'POST',
  path: '/api/auth/login',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(user),
});

/** Counts the AWS calls of `times` sequential requests to each route, per request. */
export async function countCalls(server: ServerProcess, targets: RouteTarget[], times = 10) {
  const calls: RouteCalls[] = [];
  for (const target of targets) {
    await server.resetCounts();
    for (let i = 0; i < times; i += 1) {
      const res = await fetch(`${server.url}${target.path}`, {
        ...target,
        redirect: 'manual',
      }).catch((error: Error) => {
        throw new Error(`${target.name} (request ${i + 1}): ${error.message}`, { cause: error });
      });
      if (res.status >= 400) throw new Error(`${target.name} answered ${res.status}`);
      await res.arrayBuffer();
    }
    const counts = await server.counts();
    const per = (bucket: Record<string, number>) =>
      Object.values(bucket).reduce((sum, value) => sum + value, 0) / times;
    const detail = Object.entries({ ...counts.dynamodb, ...counts.cognito })
      .map(([op, count]) => `${op} ×${count / times}`)
      .join(', ');
    calls.push({
      route: target.name,
      dynamodb: per(counts.dynamodb),
      cognito: per(counts.cognito),
      detail,
    });
  }
  return calls;
}

/**
 * The same Query the comments list makes, sent straight to the DynamoDB stand-in (dynalite does not
 * check signatures): the ceiling the stand-in puts on every DynamoDB-backed route.
 */
export const standInQuery: RouteTarget = {
  name: 'dynalite Query (direct)',
  method: 'POST',
  path: '/',
  headers: {
    'content-type': 'application/x-amz-json-1.0',
    'x-amz-target': 'DynamoDB_20120810.Query',
    'x-amz-date': '20260101T000000Z',
    authorization:
      'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
  },
  body: JSON.stringify({
    TableName: 'comments',
    KeyConditionExpression: 'board = :b',
    ExpressionAttributeValues: { ':b': { S: 'main' } },
    ScanIndexForward: false,
    ConsistentRead: true,
    Limit: 21,
  }),
};
