import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { JWKS_FILE, writePackagedJwks } from '../../../scripts/jwks-file';
import { httpApiEvent } from '../../helpers/api-gateway-events';
import { startJwksServer, type JwksServer } from '../../helpers/jwks-server';
import { createTestKey, jwksOf } from '../../helpers/jwt-factory';
import { startPackagedLambda, type PackagedLambda } from '../../helpers/packaged-lambda';
import { packagedService } from '../../helpers/packaged-service';
import { provisionTestEnv, seedTestUser } from '../../helpers/test-app';

const USER = { username: 'jwksuser', password: 'Jwks-Passw0rd', email: 'jwks@example.com' };

let zipFile: string;
const cleanup: Array<() => unknown> = [];

beforeAll(async () => {
  zipFile = (await packagedService()).zipFile;
}, 180_000);

afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

/**
 * The packaged zip, unpacked with a `.build/jwks.json` that the deploy's own function wrote from
 * `packaged`, run against cognito-local with its JWKS address on a counting server that then
 * publishes `published`: every fetch the Lambda makes is seen.
 */
async function lambdaWithPackagedJwks(packaged: object, published: object) {
  const server: JwksServer = await startJwksServer(packaged);
  cleanup.push(() => server.close());
  const dir = mkdtempSync(path.join(tmpdir(), 'comment-board-jwks-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  new AdmZip(zipFile).extractAllTo(dir);
  await writePackagedJwks(server.uri, path.join(dir, JWKS_FILE));
  server.document = published;
  const env = await provisionTestEnv({ COGNITO_JWKS_URI: server.uri });
  await seedTestUser(env, USER);
  const lambda = await startPackagedLambda(dir, env);
  cleanup.push(() => lambda.stop());
  const token = await signIn(lambda);
  server.hits = 0;
  return { server, lambda, token };
}

async function signIn(lambda: PackagedLambda): Promise<string> {
  const res = await lambda.invoke<APIGatewayProxyStructuredResultV2>(
    httpApiEvent({
      method: 'POST',
      path: '/api/auth/login',
      body: JSON.stringify({ username: USER.username, password: USER.password }),
      headers: { 'content-type': 'application/json' },
    }),
  );
  expect(res.statusCode).toBe(200);
  return (JSON.parse(res.body!) as { accessToken: string }).accessToken;
}

const me = (lambda: PackagedLambda, token: string) =>
  lambda.invoke<APIGatewayProxyStructuredResultV2>(
    httpApiEvent({ path: '/api/me', headers: { authorization: `Bearer ${token}` } }),
  );

/** The keys cognito-local signs with (one key for every pool, STACK-NOTES.md). */
async function cognitoLocalJwks(): Promise<object> {
  const env = await provisionTestEnv();
  const uri = `${env.COGNITO_ENDPOINT}/${env.COGNITO_USER_POOL_ID}/.well-known/jwks.json`;
  return (await fetch(uri)).json() as Promise<object>;
}

describe('the packaged handler with the JWKS the deploy packaged', () => {
  it('when the first authenticated request arrives, then the packaged keys verify it and nothing is fetched', async () => {
    const jwks = await cognitoLocalJwks();
    const { server, lambda, token } = await lambdaWithPackagedJwks(jwks, jwks);

    const res = await me(lambda, token);

    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body!).username).toBe(USER.username);
    expect(server.hits).toBe(0);
  });

  it('when the pool signs with a key the package lacks (a rotation), then one fetch finds it and later requests need none', async () => {
    const retired = jwksOf(createTestKey('retired-key'));
    const { server, lambda, token } = await lambdaWithPackagedJwks(
      retired,
      await cognitoLocalJwks(),
    );

    const first = await me(lambda, token);
    const second = await me(lambda, token);

    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect(server.hits).toBe(1);
  });
});
