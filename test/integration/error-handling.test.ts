import path from 'node:path';
import express from 'express';
import request from 'supertest';
import { createErrorHandler, notFoundHandler } from '../../src/http/error-handler';
import { createRequestLogger, type AppLogger } from '../../src/http/request-logger';
import { RateLimitedError, ServiceUnavailableError } from '../../src/http/errors';
import { createAssetUrl } from '../../src/http/asset-url';

function recordingLogger() {
  const lines: { level: string; message: string; extra: Record<string, unknown> }[] = [];
  const log =
    (level: string) =>
    (message: string, ...extra: Record<string, unknown>[]) =>
      lines.push({ level, message, extra: Object.assign({}, ...extra) });
  const logger: AppLogger = {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
  };
  return { logger, lines };
}

function appThatFails(logger: AppLogger) {
  const app = express();
  app.set('view engine', 'ejs');
  app.set('views', path.resolve(__dirname, '../../views'));
  app.locals.asset = createAssetUrl('/public');
  app.use(createRequestLogger(logger));
  app.use((_req, res, next) => {
    res.locals.base = '';
    next();
  });
  const boom = () => {
    throw new Error('secret internal detail at /var/task/src/x.ts:12');
  };
  app.get('/api/boom', boom);
  app.get('/boom', boom);
  app.get('/api/down', () => {
    throw new ServiceUnavailableError(undefined, { retryAfterSeconds: 1 });
  });
  const limited = () => {
    throw new RateLimitedError(17);
  };
  app.post('/api/limited', limited);
  app.post('/limited', limited);
  app.use(notFoundHandler);
  app.use(createErrorHandler(logger));
  return app;
}

describe('the one error handler', () => {
  it('when an /api route throws an unknown error, then the client gets a generic 500 JSON and the log has the request id', async () => {
    const { logger, lines } = recordingLogger();
    const res = await request(appThatFails(logger)).get('/api/boom').set('X-Request-Id', 'req-42');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'internal_error', message: expect.any(String) } });
    expect(res.text).not.toContain('secret internal detail');
    const logged = lines.find((line) => line.level === 'error');
    expect(logged?.extra.requestId).toBe('req-42');
  });

  it('when a page route throws, then the client gets an error page without the stack', async () => {
    const { logger } = recordingLogger();
    const res = await request(appThatFails(logger)).get('/boom');
    expect(res.status).toBe(500);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Something went wrong');
    expect(res.text).not.toMatch(/secret internal detail|\.ts:\d+/);
  });

  it('when a dependency is down, then the API answers 503 with Retry-After', async () => {
    const { logger } = recordingLogger();
    const res = await request(appThatFails(logger)).get('/api/down');
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('1');
    expect(res.body.error.code).toBe('service_unavailable');
  });

  it('when a request completes, then one structured log line records method, path, status and duration', async () => {
    const { logger, lines } = recordingLogger();
    await request(appThatFails(logger)).get('/api/nothing-here');
    const line = lines.find((entry) => entry.message === 'request');
    expect(line?.extra).toMatchObject({ method: 'GET', path: '/api/nothing-here', status: 404 });
    expect(typeof line?.extra.durationMs).toBe('number');
    expect(typeof line?.extra.requestId).toBe('string');
  });
});

describe('the one error handler and the per-user rate limit', () => {
  const appThatLimits = () => appThatFails(recordingLogger().logger);

  it('when an /api route refuses a user over the rate limit, then the client gets 429 rate_limited JSON with Retry-After', async () => {
    const res = await request(appThatLimits()).post('/api/limited');

    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('17');
    expect(res.body).toEqual({
      error: {
        code: 'rate_limited',
        message: 'Too many posts and edits in a short time; try again in 17 seconds',
      },
    });
  });

  it('when a page route refuses a user over the rate limit, then the page says how long to wait, in words, with Retry-After', async () => {
    const res = await request(appThatLimits()).post('/limited');

    expect(res.status).toBe(429);
    expect(res.headers['retry-after']).toBe('17');
    expect(res.type).toBe('text/html');
    expect(res.text).toContain('Please wait 17 seconds');
    expect(res.text).not.toContain('rate_limited');
  });
});
