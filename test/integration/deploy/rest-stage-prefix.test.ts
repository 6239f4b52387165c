import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { GatewayEvent } from '../../../src/lambda';
import { httpApiEvent, lambdaContext, restApiEvent } from '../../helpers/api-gateway-events';
import { provisionTestEnv } from '../../helpers/test-app';

let handler: typeof import('../../../src/lambda').handler;

beforeAll(async () => {
  // Assets come from CloudFront in AWS, so every relative link on a page is an app link.
  Object.assign(process.env, await provisionTestEnv({ ASSETS_BASE_URL: '/public' }));
  // src/lambda.ts reads its config at load time, as in a cold start: load it after the env is set.
  handler = (await import('../../../src/lambda')).handler;
});

async function invoke<T>(event: unknown): Promise<T> {
  return (await handler(event as GatewayEvent, lambdaContext())) as T;
}

const header = (res: APIGatewayProxyResult, name: string): string =>
  String(res.multiValueHeaders?.[name] ?? res.headers?.[name] ?? '');

describe('REST API (v1) behind a stage: links and redirects carry /<stage>', () => {
  it('when the login page is rendered on the execute-api host, then its links start with /dev', async () => {
    const res = await invoke<APIGatewayProxyResult>(restApiEvent({ path: '/login', stage: 'dev' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('action="/dev/login"');
    expect(res.body).toContain('href="/dev/"');
    expect(res.body).not.toMatch(/(href|action)="\/(?!dev\/)[a-z]/);
  });

  it('when ANY / (the board index) is invoked with path "/" (AWS), then sign-in is at /dev/login', async () => {
    // Signed out, the index lists the public boards and links sign-in (it no longer redirects).
    const res = await invoke<APIGatewayProxyResult>(restApiEvent({ path: '/', stage: 'dev' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/dev/login?next=%2F"');
  });

  it('when ANY / is invoked with path "" (serverless offline), then its sign-in link carries the stage the same way', async () => {
    const event = { ...restApiEvent({ path: '/', stage: 'dev' }), path: '' };
    const res = await invoke<APIGatewayProxyResult>(event);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/dev/login?next=%2F"');
  });

  it('when a /{proxy+} page needs a session, then the sign-in redirect carries the stage', async () => {
    const res = await invoke<APIGatewayProxyResult>(
      restApiEvent({ path: '/comments', stage: 'prod' }),
    );
    expect(res.statusCode).toBe(303);
    expect(header(res, 'location')).toMatch(/^\/prod\/login/);
  });

  it('when the REST API is reached through a custom domain, then there is no prefix', async () => {
    const event = restApiEvent({
      path: '/',
      stage: 'prod',
      headers: { Host: 'board.example.com' },
    });
    event.requestContext.domainName = 'board.example.com';
    const res = await invoke<APIGatewayProxyResult>(event);
    expect(res.body).toContain('href="/login?next=%2F"');
  });
});

describe('HTTP API (v2) $default stage: no prefix', () => {
  it('when ANY / is invoked signed out, then its sign-in link is /login', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('href="/login?next=%2F"');
  });

  it('when the login page is rendered via /{proxy+}, then its links have no stage prefix', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/login' }));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('action="/login"');
  });
});
