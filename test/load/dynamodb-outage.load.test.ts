import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { loadConfig } from '../../src/config';
import { startLocalDynamo, type LocalDynamo } from '../../src/local/local-dynamodb';
import { freePort } from '../../src/local/port-check';
import { ensureTable, ensureUser } from '../../src/local/provision';
import { startServer } from '../../src/server';
import { figuresOf } from '../helpers/traffic-figures';
import { reportFigures } from '../helpers/figures-report';
import { signIn, type HttpSession } from '../helpers/http-sign-in';
import { provisionTestEnv, testEndpoints } from '../helpers/test-app';
import { eventually, startTraffic } from '../helpers/traffic-recorder';

const LOCAL = { region: 'us-east-1', credentials: { accessKeyId: 'l', secretAccessKey: 'l' } };
const USER = { username: 'outage-user', password: 'Outage-Passw0rd!', email: 'o@example.com' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('DynamoDB outage while the app is serving', () => {
  let dataDir: string;
  let dynamoPort: number;
  let dynamo: LocalDynamo;
  let server: Server;
  let baseUrl: string;
  let session: HttpSession;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'dynamo-outage-'));
    dynamoPort = await freePort();
    dynamo = await startLocalDynamo({ port: dynamoPort, dataDir });
    const env = await provisionTestEnv({ DYNAMODB_ENDPOINT: dynamo.endpoint });
    const dynamoAdmin = new DynamoDBClient({ ...LOCAL, endpoint: dynamo.endpoint });
    const cognitoAdmin = new CognitoIdentityProviderClient({
      ...LOCAL,
      endpoint: testEndpoints().cognito,
    });
    await ensureTable(dynamoAdmin, env.COMMENTS_TABLE);
    await ensureUser(cognitoAdmin, env.COGNITO_USER_POOL_ID, USER);
    dynamoAdmin.destroy();
    cognitoAdmin.destroy();
    server = await startServer({ ...loadConfig(env), port: 0 });
    const address = server.address();
    baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    session = await signIn(baseUrl, USER);
  });

  afterAll(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    await dynamo?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when DynamoDB stops mid-run, then requests get 503 JSON within 10 s, and once it is back the same process serves again', async () => {
    const bearer = { authorization: `Bearer ${session.accessToken}` };
    let n = 0;
    const traffic = startTraffic((signal) =>
      n++ % 2
        ? fetch(`${baseUrl}/api/comments?limit=5`, { headers: bearer, signal })
        : fetch(`${baseUrl}/api/comments`, {
            method: 'POST',
            headers: { ...bearer, 'content-type': 'application/json' },
            body: JSON.stringify({ text: `outage test ${n}` }),
            signal,
          }),
    );
    await sleep(1500);
    await dynamo.stop();
    const stoppedAt = Date.now();
    await sleep(4000);
    const page = await fetch(`${baseUrl}/comments`, { headers: { cookie: session.cookie } });
    const health = await fetch(`${baseUrl}/healthz`);

    dynamo = await startLocalDynamo({ port: dynamoPort, dataDir });
    const restartedAt = Date.now();
    const list = () => fetch(`${baseUrl}/api/comments?limit=100`, { headers: bearer });
    const recoveryMs = await eventually(async () => (await list()).status === 200, 10000);
    await sleep(1500);
    await traffic.stop();

    const before = traffic.samples.filter((s) => s.startedAt + s.ms < stoppedAt - 100);
    const during = traffic.since(stoppedAt).filter((s) => s.startedAt + s.ms < restartedAt);
    const after = traffic.since(restartedAt + recoveryMs);
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((s) => s.status === 200 || s.status === 201)).toBe(true);
    expect(during.length).toBeGreaterThan(5);
    expect(
      during.filter((s) => !(s.status === 503 && s.json && s.code === 'service_unavailable')),
    ).toEqual([]);
    expect(Math.max(...traffic.samples.map((s) => s.ms))).toBeLessThan(10000);
    expect(traffic.samples.filter((s) => s.status === 0 || s.status === 500)).toEqual([]);
    expect(page.status).toBe(503);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    expect(health.status).toBe(200);
    expect(after.length).toBeGreaterThan(5);
    expect(after.every((s) => s.status === 200 || s.status === 201)).toBe(true);
    const posted = before.filter((s) => s.status === 201).length;
    const listed = ((await (await list()).json()) as { items: unknown[] }).items.length;
    expect(listed).toBeGreaterThanOrEqual(posted);

    reportFigures('dynamodb-outage', {
      before: figuresOf(before),
      duringOutage: figuresOf(during),
      afterRestart: figuresOf(after),
      recoveryMsAfterRestart: recoveryMs,
      pageDuringOutage: page.status,
    });
  });

  it('when DynamoDB accepts connections but never answers, then requests still get 503 JSON within 10 s', async () => {
    await dynamo.stop();
    const sockets = new Set<net.Socket>();
    const blackHole = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => blackHole.listen(dynamoPort, '127.0.0.1', resolve));
    try {
      const bearer = { authorization: `Bearer ${session.accessToken}` };
      const started = Date.now();
      const [list, post] = await Promise.all([
        fetch(`${baseUrl}/api/comments`, { headers: bearer, signal: AbortSignal.timeout(15000) }),
        fetch(`${baseUrl}/api/comments`, {
          method: 'POST',
          headers: { ...bearer, 'content-type': 'application/json' },
          body: JSON.stringify({ text: 'into the void' }),
          signal: AbortSignal.timeout(15000),
        }),
      ]);
      const ms = Date.now() - started;
      for (const res of [list, post]) {
        expect(res.status).toBe(503);
        expect(await res.json()).toMatchObject({ error: { code: 'service_unavailable' } });
      }
      expect(ms).toBeLessThan(10000);
      reportFigures('dynamodb-stalled', { listStatus: list.status, postStatus: post.status, ms });
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blackHole.close(resolve));
      dynamo = await startLocalDynamo({ port: dynamoPort, dataDir });
    }
  });
});
