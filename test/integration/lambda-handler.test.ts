import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { GatewayEvent } from '../../src/lambda';
import { httpApiEvent, lambdaContext, restApiEvent } from '../helpers/api-gateway-events';
import { provisionTestEnv } from '../helpers/test-app';

let handler: typeof import('../../src/lambda').handler;

beforeAll(async () => {
  const env = await provisionTestEnv();
  Object.assign(process.env, env);
  // The Lambda module reads its config at load time, as in a cold start: load it after the env is set.
  handler = (await import('../../src/lambda')).handler;
});

async function invoke<T>(event: unknown): Promise<T> {
  return (await handler(event as GatewayEvent, lambdaContext())) as T;
}

describe('Lambda handler with an HTTP API (v2) event', () => {
  it('when /healthz is invoked, then it answers 200 JSON with security headers', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/healthz' }));
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body!)).toEqual({ status: 'ok' });
    expect(res.headers!['content-type']).toMatch(/application\/json/);
    expect(res.headers!['content-security-policy']).toMatch(/script-src 'self'/);
    expect(res.headers!['x-powered-by']).toBeUndefined();
  });

  it('when an unknown /api path is invoked, then it answers 404 JSON, not 500', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(
      httpApiEvent({ path: '/api/nope' }),
    );
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body!).error.code).toBe('not_found');
  });

  it('when an unknown page is invoked, then it answers the 404 page, not 500', async () => {
    const res = await invoke<APIGatewayProxyStructuredResultV2>(httpApiEvent({ path: '/nope' }));
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Page not found');
  });

  it("when the request id is logged, then it is API Gateway's request id", async () => {
    const event = httpApiEvent({ path: '/healthz' });
    const res = await invoke<APIGatewayProxyStructuredResultV2>(event);
    expect(res.headers!['x-request-id']).toBe(event.requestContext.requestId);
  });
});

describe('Lambda handler with a REST API (v1) proxy event', () => {
  it('when /healthz is invoked through /{proxy+}, then it answers 200 JSON', async () => {
    const res = await invoke<APIGatewayProxyResult>(restApiEvent({ path: '/healthz' }));
    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: 'ok' });
    const headers = { ...res.headers, ...res.multiValueHeaders };
    expect(String(headers['content-type'])).toMatch(/application\/json/);
  });

  it('when an unknown /api path is invoked, then it answers 404 JSON, not 500', async () => {
    const res = await invoke<APIGatewayProxyResult>(restApiEvent({ path: '/api/nope' }));
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body).error.code).toBe('not_found');
  });

  it('when the ANY / root is invoked, then it is answered by our routes (not a 500)', async () => {
    const res = await invoke<APIGatewayProxyResult>(restApiEvent({ path: '/' }));
    expect(res.statusCode).toBeLessThan(500);
  });

  it('when a wrong method hits a known path, then it answers 405 with Allow', async () => {
    const res = await invoke<APIGatewayProxyResult>(
      restApiEvent({ path: '/healthz', method: 'DELETE' }),
    );
    expect(res.statusCode).toBe(405);
    const headers = { ...res.headers, ...res.multiValueHeaders };
    expect(String(headers.allow)).toContain('GET');
  });
});
