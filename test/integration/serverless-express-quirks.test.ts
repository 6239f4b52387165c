import express, { type Express } from 'express';
import serverlessExpress from '@codegenie/serverless-express';
import type { APIGatewayProxyResult, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpApiEvent, lambdaContext, restApiEvent } from '../helpers/api-gateway-events';

// What @codegenie/serverless-express 4.x does with a bare Express 5 app (none of our code). Each
// test pins a quirk one of our workarounds exists for; when a test here starts failing, the library
// has fixed that quirk and the workaround it names can go.

type Result = APIGatewayProxyResult & APIGatewayProxyStructuredResultV2;

function bareApp(): Express {
  const app = express();
  app.get('/', (_req, res) => {
    res.json({ url: '/' });
  });
  app.get('/hello', (req, res) => {
    res.json({ url: req.url, path: req.path });
  });
  app.get('/dev/hello', (req, res) => {
    res.json({ url: req.url, prefixed: true });
  });
  return app;
}

function wrap(app: Express) {
  const logged: string[] = [];
  const quiet = () => undefined;
  const log = {
    debug: quiet,
    verbose: quiet,
    info: quiet,
    warn: quiet,
    error: (...parts: unknown[]) => logged.push(parts.map((p) => String(p)).join(' ')),
  };
  const handler = serverlessExpress({ app, log }) as unknown as (
    event: unknown,
    context: unknown,
  ) => Promise<Result>;
  return { invoke: (event: unknown) => handler(event, lambdaContext()), logged };
}

describe('@codegenie/serverless-express 4.x with Express 5', () => {
  it("when a request falls through to Express's built-in 404, then it comes back as 500 with an empty body (so createApp ends with its own notFoundHandler)", async () => {
    const { invoke, logged } = wrap(bareApp());

    const v2 = await invoke(httpApiEvent({ path: '/nope' }));
    const v1 = await invoke(restApiEvent({ path: '/nope' }));

    for (const res of [v2, v1]) {
      expect(res.statusCode).toBe(500);
      expect(res.body).toBe('');
    }
    expect(logged.join('\n')).toContain('ee.on is not a function');
  });

  it('when a REST (v1) event comes from a named stage, then the app sees the path without /<stage> (so links get basePathOfEvent)', async () => {
    const { invoke } = wrap(bareApp());

    const res = await invoke(restApiEvent({ path: '/hello', stage: 'dev' }));

    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ url: '/hello', path: '/hello' });
  });

  it('when an HTTP API (v2) event comes from a named stage, then /<stage> stays in the URL (so serverless.yml uses the $default stage)', async () => {
    const { invoke } = wrap(bareApp());

    const res = await invoke(httpApiEvent({ path: '/dev/hello', stage: 'dev' }));

    expect(res.statusCode).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ url: '/dev/hello', prefixed: true });
  });

  it('when a REST (v1) event has path "" as serverless offline sends for ANY /, then it answers 500 (so lambda.ts applies normalizeGatewayEvent)', async () => {
    const { invoke } = wrap(bareApp());

    const res = await invoke({ ...restApiEvent({ path: '/', stage: 'dev' }), path: '' });

    expect(res.statusCode).toBe(500);
  });
});
