import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { GatewayEvent } from '../../../src/lambda';
import { ORIGIN_SECRET_HEADER } from '../../../src/http/origin-secret';
import { httpApiEvent, lambdaContext, type EventOptions } from '../../helpers/api-gateway-events';
import { provisionTestEnv, seedTestUser } from '../../helpers/test-app';

const SITE = 'https://d111111abcdef8.cloudfront.net';
const SECRET = 'current0origin0secret0generated0by0cloudformation';
const PREVIOUS = 'other0slot0origin0secret0generated0by0cloudformation';
const VIEWER = '198.51.100.23';
/** A CloudFront edge: API Gateway's TCP peer, so the event's sourceIp. */
const EDGE = '130.176.12.34';
const USER = { username: 'frontdoor', password: 'Front-Passw0rd', email: 'front@example.com' };

let handler: typeof import('../../../src/lambda').handler;

beforeAll(async () => {
  const env = await provisionTestEnv({
    SITE_URL: SITE,
    TRUSTED_PROXY_HOPS: '2',
    ORIGIN_SECRET: SECRET,
    ORIGIN_SECRET_PREVIOUS: PREVIOUS,
    LOG_LEVEL: 'INFO',
  });
  await seedTestUser(env, USER);
  Object.assign(process.env, env);
  // src/lambda.ts reads its config at load time, as in a cold start: load it after the env is set.
  handler = (await import('../../../src/lambda')).handler;
});

/**
 * An HTTP API event as it arrives through CloudFront: CloudFront appended the viewer's address to
 * whatever X-Forwarded-For the viewer sent, added its secret header and its own headers; API Gateway
 * appended CloudFront's address and set the Host to its own name.
 */
function viaCloudFront(
  options: EventOptions & { forgedFor?: string; secret?: string | null },
): APIGatewayProxyEventV2 {
  const forwardedFor = [options.forgedFor, VIEWER, EDGE].filter(Boolean).join(', ');
  const secret = options.secret === undefined ? SECRET : options.secret;
  const event = httpApiEvent({
    ...options,
    headers: {
      'x-forwarded-for': forwardedFor,
      'x-forwarded-proto': 'https',
      'x-forwarded-port': '443',
      via: '2.0 0123456789abcdef.cloudfront.net (CloudFront)',
      'x-amz-cf-id': 'cf-request-id-1',
      'cloudfront-forwarded-proto': 'https',
      'cloudfront-viewer-address': `${VIEWER}:51234`,
      ...(secret === null ? {} : { [ORIGIN_SECRET_HEADER]: secret }),
      ...options.headers,
    },
  });
  event.requestContext.http.sourceIp = EDGE;
  return event;
}

async function invoke(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  return (await handler(
    event as GatewayEvent,
    lambdaContext(),
  )) as APIGatewayProxyStructuredResultV2;
}

/** The JSON request lines the app logged while `act` ran. */
async function requestLines(act: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await act();
  } finally {
    spy.mockRestore();
  }
  return written
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.message === 'request');
}

describe('the origin secret CloudFront adds', () => {
  it.each([
    ['missing (straight to the execute-api URL)', null],
    ['wrong', 'a-guess-that-is-not-the-origin-secret-at-all-000000'],
    ['empty', ''],
  ])('when the header is %s, then the API answers 403 JSON', async (_name, secret) => {
    const res = await invoke(viaCloudFront({ path: '/api/comments', secret }));
    expect(res.statusCode).toBe(403);
    expect(JSON.parse(res.body!).error.code).toBe('direct_access_forbidden');
  });

  it('when a page is requested without it, then a 403 page says to use the site', async () => {
    const res = await invoke(viaCloudFront({ path: '/comments', secret: null }));
    expect(res.statusCode).toBe(403);
    expect(res.headers!['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('only answers through the site');
  });

  it.each([
    ['current', SECRET],
    ['previous (CloudFront still propagating a rotation)', PREVIOUS],
  ])('when the header carries the %s secret, then the request is served', async (_name, secret) => {
    const res = await invoke(viaCloudFront({ path: '/healthz', secret }));
    expect(res.statusCode).toBe(200);
  });
});

describe('client address, scheme and origin behind CloudFront and API Gateway', () => {
  it('when the viewer forges X-Forwarded-For, then the request line logs the address CloudFront saw', async () => {
    const lines = await requestLines(() =>
      invoke(viaCloudFront({ path: '/healthz', forgedFor: '10.0.0.1, 127.0.0.1' })),
    );
    expect(lines.map((line) => line.ip)).toEqual([VIEWER]);
  });

  it('when the viewer sends no X-Forwarded-For, then the viewer is still the client', async () => {
    const lines = await requestLines(() => invoke(viaCloudFront({ path: '/healthz' })));
    expect(lines.map((line) => line.ip)).toEqual([VIEWER]);
  });

  it('when a viewer signs in through CloudFront with a forged X-Forwarded-Host, then cookies are __Host- and Secure, and the form is judged by SITE_URL', async () => {
    const page = await invoke(viaCloudFront({ path: '/login' }));
    const csrfCookie = page.cookies!.find((cookie) => cookie.startsWith('__Host-csrf='))!;
    expect(csrfCookie).toMatch(/; Secure/i);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body!)![1];
    const form = (origin: string) =>
      viaCloudFront({
        method: 'POST',
        path: '/login',
        body: new URLSearchParams({ _csrf: csrf, ...USER }).toString(),
        cookies: [csrfCookie.split(';')[0]],
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin,
          'x-forwarded-host': 'evil.example',
        },
      });

    const fromElsewhere = await invoke(form('https://evil.example'));
    const fromApiHost = await invoke(form('https://abc123.execute-api.us-east-1.amazonaws.com'));
    const fromSite = await invoke(form(SITE));

    expect(fromElsewhere.statusCode).toBe(403);
    expect(fromApiHost.statusCode).toBe(403);
    expect(fromSite.statusCode).toBe(303);
    expect(fromSite.headers!.location).toBe('/comments?notice=signed-in');
    const session = fromSite.cookies!.find((cookie) => cookie.startsWith('__Host-session='));
    expect(session).toMatch(/; Secure/i);
  });
});
