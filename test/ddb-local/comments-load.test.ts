import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectEveryPostListedOnce, loadUserTokens, postAndWalk } from '../helpers/comments-load';
import { createTestApp, type TestApp } from '../helpers/test-app';

// The correctness part of test/load/comments-load.load.test.ts, on the suite's DynamoDB (DynamoDB
// Local under `npm run test:ddb-local`). The app runs in-process: `npm start` is dynalite-only.

const TOTAL = 2000;
const CONNECTIONS = 50;
const USERS = 10;

let t: TestApp;
let server: http.Server;
let baseUrl: string;

beforeAll(async () => {
  t = await createTestApp();
  server = http.createServer(t.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  t?.close();
});

describe('2,000 posts under load against the app on the suite DynamoDB', () => {
  it('when 10 users post 2,000 comments over 50 connections, then there is no 5xx and walking every page lists each comment exactly once', async () => {
    const tokens = await loadUserTokens(baseUrl, t.cognitoAdmin, t.config.userPoolId, USERS);

    const run = await postAndWalk(baseUrl, tokens, TOTAL, CONNECTIONS);

    expectEveryPostListedOnce(run, TOTAL, USERS);
  }, 300_000);
});
