import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { GatewayEvent } from '../../src/lambda';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { httpApiEvent, lambdaContext, restApiEvent } from '../helpers/api-gateway-events';
import { provisionTestEnv, testEndpoints } from '../helpers/test-app';
import { ensureUser } from '../../src/local/provision';

// Sign-in sets several cookies in one response: they must all survive both event formats
// (v2 `cookies`, v1 `multiValueHeaders`), Secure and `__Host-` since API Gateway is HTTPS.
const USER = { username: 'lambda-user', password: 'Lambda-Passw0rd', email: 'l@example.com' };
let handler: typeof import('../../src/lambda').handler;

beforeAll(async () => {
  const env = await provisionTestEnv();
  Object.assign(process.env, env);
  const admin = new CognitoIdentityProviderClient({
    region: 'us-east-1',
    endpoint: testEndpoints().cognito,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ensureUser(admin, env.COGNITO_USER_POOL_ID, USER);
  admin.destroy();
  handler = (await import('../../src/lambda')).handler;
});

const invoke = async <T>(event: unknown) =>
  (await handler(event as GatewayEvent, lambdaContext())) as T;
const pair = (cookie: string) => cookie.split(';')[0];
const csrfField = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)![1];
const form = (csrf: string) =>
  new URLSearchParams({ _csrf: csrf, username: USER.username, password: USER.password }).toString();
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('sign-in through the Lambda handler', () => {
  it('when an HTTP API (v2) event signs in, then both session cookies come back Secure in `cookies`', async () => {
    const page = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/login' }));
    const csrfCookie = page.cookies!.find((c) => c.startsWith('__Host-csrf='))!;
    expect(csrfCookie).toMatch(/Secure/);
    const res = await invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({
        method: 'POST',
        path: '/login',
        headers: FORM,
        cookies: [pair(csrfCookie)],
        body: form(csrfField(String(page.body))),
      }),
    );
    expect(res.statusCode).toBe(303);
    const names = res.cookies!.map((c) => c.split('=')[0]);
    expect(names).toEqual(expect.arrayContaining(['__Host-session', '__Host-refresh']));
    for (const cookie of res.cookies!) expect(cookie).toMatch(/; Secure/);
    const session = res.cookies!.filter((c) => /^__Host-(session|refresh)=/.test(c)).map(pair);
    const board = await invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({ path: '/comments', cookies: session }),
    );
    expect(board.statusCode).toBe(200);
  });

  it('when a REST API (v1) event signs in, then both cookies come back in multiValueHeaders', async () => {
    const page = await invoke<APIGatewayProxyResult>(restApiEvent({ path: '/login' }));
    const csrfCookie = (page.multiValueHeaders!['set-cookie'] as string[])[0];
    const res = await invoke<APIGatewayProxyResult>(
      restApiEvent({
        method: 'POST',
        path: '/login',
        headers: { ...FORM, Cookie: pair(csrfCookie) },
        body: form(csrfField(page.body)),
      }),
    );
    expect(res.statusCode).toBe(303);
    expect(res.multiValueHeaders!.location ?? res.headers?.location).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\/dev\/comments\?notice=signed-in$/)]),
    );
    const cookies = res.multiValueHeaders!['set-cookie'] as string[];
    expect(cookies.map((c) => c.split('=')[0])).toEqual(
      expect.arrayContaining(['__Host-session', '__Host-refresh']),
    );
  });
});
