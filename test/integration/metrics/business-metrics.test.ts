import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { apiTokens, createConfirmedUser, signInAgent } from '../../helpers/auth-helpers';
import { emfCapture } from '../../helpers/emf-capture';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { freePort } from '../../../src/local/port-check';

const METRICS_ENV = {
  METRICS_NAMESPACE: 'CommentBoardTest',
  METRICS_SERVICE: 'comment-board-test',
};

/** A stand-in Cognito that throttles every call, as AWS does past a quota. */
async function throttlingCognito(): Promise<{ url: string; close(): void }> {
  const server = http.createServer((req, res) => {
    req.resume();
    res.writeHead(400, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-errortype': 'TooManyRequestsException:',
    });
    res.end(JSON.stringify({ __type: 'TooManyRequestsException', message: 'Rate exceeded' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}

describe('business metrics as EMF lines', () => {
  const emf = emfCapture();
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(METRICS_ENV, { writeMetrics: emf.write });
  });
  afterAll(() => t.close());
  beforeEach(() => emf.clear());

  it('when a request counts a metric, then its one line declares it as a Count in the namespace with the service dimension', async () => {
    await request(t.app).post('/api/auth/login').send({ username: 'nobody', password: 'Wrong-1a' });

    expect(emf.lines).toHaveLength(1);
    const [line] = emf.lines;
    expect(line._aws.CloudWatchMetrics).toEqual([
      {
        Namespace: 'CommentBoardTest',
        Dimensions: [['service']],
        Metrics: [{ Name: 'SignInsFailed', Unit: 'Count' }],
      },
    ]);
    expect(line.service).toBe('comment-board-test');
    expect(line.SignInsFailed).toBe(1);
    expect(Math.abs(line._aws.Timestamp - Date.now())).toBeLessThan(60_000);
  });

  it('when nothing is counted, then nothing is printed', async () => {
    await request(t.app).get('/healthz').expect(200);
    await request(t.app).get('/login').expect(200);

    expect(emf.lines).toEqual([]);
  });

  it('when sign-ins succeed through the API and the form and one is refused, then SignInsSucceeded is 2 and SignInsFailed 1', async () => {
    const user = await createConfirmedUser(t);
    emf.clear();

    await apiTokens(t, user.username, user.password);
    await signInAgent(t, user.username, user.password);
    const refused = await request(t.app)
      .post('/api/auth/login')
      .send({ username: user.username, password: 'Not-the-passw0rd' });

    expect(refused.status).toBe(401);
    expect(emf.totals()).toEqual({ SignInsSucceeded: 2, SignInsFailed: 1 });
  });

  it('when a user signs up, then SignUps counts 1', async () => {
    const res = await request(t.app).post('/api/auth/signup').send({
      username: 'newcomer-metrics',
      email: 'newcomer@example.com',
      password: 'Newc0mer-pass',
    });

    expect(res.status).toBe(201);
    expect(emf.totals()).toEqual({ SignUps: 1 });
  });

  it('when comments are posted through the API and the form and one key is replayed, then CommentsPosted counts each new post once', async () => {
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const browser = await signInAgent(t, user.username, user.password);
    emf.clear();

    const post = () =>
      request(t.app)
        .post('/api/comments')
        .set('Authorization', `Bearer ${accessToken}`)
        .set('Idempotency-Key', 'metrics-once')
        .send({ text: 'counted once' });
    const first = await post();
    const replay = await post();
    expect(first.status).toBe(201);
    expect(replay.body.id).toBe(first.body.id);
    const form = await browser.agent
      .post('/comments')
      .type('form')
      .send({ _csrf: browser.csrfToken, text: 'from the form' });

    expect(form.status).toBe(303);
    expect(emf.totals()).toEqual({ CommentsPosted: 2 });
    expect(emf.totals().RepliesPosted).toBeUndefined();
  });
});

describe('business metrics of refused and failed requests', () => {
  it('when Cognito throttles a sign-in, then the 429 counts as RateLimitedRequests and not as a refused sign-in', async () => {
    const cognito = await throttlingCognito();
    const emf = emfCapture();
    const t = await createTestApp(
      { ...METRICS_ENV, COGNITO_ENDPOINT: cognito.url },
      { writeMetrics: emf.write },
    );
    try {
      const res = await request(t.app)
        .post('/api/auth/login')
        .send({ username: 'someone', password: 'Any-passw0rd' });

      expect(res.status).toBe(429);
      expect(emf.totals()).toEqual({ RateLimitedRequests: 1 });
    } finally {
      t.close();
      cognito.close();
    }
  });

  it('when DynamoDB is unreachable, then the 503 counts as ServerErrors', async () => {
    const emf = emfCapture();
    const t = await createTestApp(
      { ...METRICS_ENV, DYNAMODB_ENDPOINT: `http://127.0.0.1:${await freePort()}` },
      { writeMetrics: emf.write },
    );
    try {
      const user = await createConfirmedUser(t);
      const { accessToken } = await apiTokens(t, user.username, user.password);
      emf.clear();

      const res = await request(t.app)
        .get('/api/comments')
        .set('Authorization', `Bearer ${accessToken}`);

      expect(res.status).toBe(503);
      expect(emf.totals()).toEqual({ ServerErrors: 1 });
    } finally {
      t.close();
    }
  });
});
