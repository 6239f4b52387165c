import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { GatewayEvent } from '../../../src/lambda';
import { httpApiEvent, lambdaContext } from '../../helpers/api-gateway-events';
import { provisionTestEnv } from '../../helpers/test-app';

describe('/_local/mail in AWS', () => {
  it('when the app is built the Lambda way, then /_local/mail does not exist, even from 127.0.0.1', async () => {
    Object.assign(process.env, await provisionTestEnv());
    const { handler } = await import('../../../src/lambda');
    const event = httpApiEvent({ path: '/_local/mail' });
    event.requestContext.http.sourceIp = '127.0.0.1';

    const res = (await handler(
      event as GatewayEvent,
      lambdaContext(),
    )) as APIGatewayProxyStructuredResultV2;

    expect(res.statusCode).toBe(404);
    expect(String(res.body)).not.toContain('Local mailbox');
  });
});
