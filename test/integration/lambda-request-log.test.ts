import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { GatewayEvent } from '../../src/lambda';
import { httpApiEvent, lambdaContext } from '../helpers/api-gateway-events';
import type { EmfLine } from '../helpers/emf-capture';
import { provisionTestEnv } from '../helpers/test-app';

let handler: typeof import('../../src/lambda').handler;

beforeAll(async () => {
  const env = await provisionTestEnv({
    LOG_LEVEL: 'INFO',
    METRICS_NAMESPACE: 'CommentBoardTest',
    METRICS_SERVICE: 'comment-board-test',
  });
  Object.assign(process.env, env);
  // The Lambda module reads its config at load time, as in a cold start: load it after the env is set.
  handler = (await import('../../src/lambda')).handler;
});

/** Invokes the handler and returns its answer with the JSON lines it printed to stdout meanwhile. */
async function invokePrinting(event: GatewayEvent, awsRequestId = 'lambda-request-id') {
  const printed: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk, ...rest) => {
    if (String(chunk).startsWith('{')) return (void printed.push(String(chunk)), true);
    return write(chunk, ...(rest as []));
  });
  try {
    const res = await handler(event, { ...lambdaContext(), awsRequestId });
    const lines = printed.join('').split('\n').filter(Boolean);
    return {
      res: res as APIGatewayProxyStructuredResultV2,
      lines: lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    };
  } finally {
    spy.mockRestore();
  }
}

describe('the request log line of the Lambda handler', () => {
  it("when a request came through CloudFront, then its line carries API Gateway's, CloudFront's and Lambda's request ids", async () => {
    const cfId = 'i4TCgQrlTWO8UmqX8mX0pGVljNbl6JyRwKr5KFmm_oJ1Mg6rRYJDAw==';
    const event = httpApiEvent({ path: '/healthz', headers: { 'x-amz-cf-id': cfId } });

    const { res, lines } = await invokePrinting(event, 'lambda-id-1');

    const line = lines.find((l) => l.message === 'request');
    expect(line).toMatchObject({
      level: 'INFO',
      method: 'GET',
      path: '/healthz',
      status: 200,
      requestId: event.requestContext.requestId,
      apiGatewayRequestId: event.requestContext.requestId,
      cloudFrontRequestId: cfId,
      lambdaRequestId: 'lambda-id-1',
    });
    expect(res.headers!['x-request-id']).toBe(event.requestContext.requestId);
  });

  it('when a request reached API Gateway directly, then its line has no CloudFront id', async () => {
    const event = httpApiEvent({ path: '/healthz' });

    const { lines } = await invokePrinting(event);

    const line = lines.find((l) => l.message === 'request');
    expect(line?.apiGatewayRequestId).toBe(event.requestContext.requestId);
    expect(line).not.toHaveProperty('cloudFrontRequestId');
  });

  it('when a CloudFront id header holds something no CloudFront id looks like, then it is left out of the line', async () => {
    const event = httpApiEvent({ path: '/healthz', headers: { 'x-amz-cf-id': 'a b"}{' } });

    const { lines } = await invokePrinting(event);

    expect(lines.find((l) => l.message === 'request')).not.toHaveProperty('cloudFrontRequestId');
  });
});

describe('business metrics of the Lambda handler', () => {
  it('when a sign-in is refused, then the invocation prints one EMF line for it to stdout', async () => {
    const event = httpApiEvent({
      method: 'POST',
      path: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'nobody', password: 'Wrong-passw0rd' }),
    });

    const { res, lines } = await invokePrinting(event);

    expect(res.statusCode).toBe(401);
    const emf = lines.filter((l) => '_aws' in l) as EmfLine[];
    expect(emf).toHaveLength(1);
    expect(emf[0]._aws.CloudWatchMetrics[0].Namespace).toBe('CommentBoardTest');
    expect(emf[0]).toMatchObject({ service: 'comment-board-test', SignInsFailed: 1 });
  });
});
