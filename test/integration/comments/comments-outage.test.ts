import http from 'node:http';
import net from 'node:net';
import request from 'supertest';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { apiTokens, createConfirmedUser, signInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { freePort } from '../../../src/local/port-check';
import { startLocalDynamo } from '../../../src/local/local-dynamodb';
import { ensureTable } from '../../../src/local/provision';

/** The app wired to `endpoint` as its DynamoDB, plus a bearer token of a real Cognito user. */
async function appWithDynamoAt(endpoint: string): Promise<{ t: TestApp; token: string }> {
  const t = await createTestApp({ DYNAMODB_ENDPOINT: endpoint });
  const user = await createConfirmedUser(t);
  return { t, token: (await apiTokens(t, user.username, user.password)).accessToken };
}

function listen(server: net.Server): Promise<string> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      resolve(`http://127.0.0.1:${port}`);
    }),
  );
}

describe('when DynamoDB is down or throttling', () => {
  it('when nothing listens at its address, then the API and pages say 503 and recover once it is back', async () => {
    const port = await freePort();
    const { t, token } = await appWithDynamoAt(`http://127.0.0.1:${port}`);
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    try {
      const api = await request(t.app).get('/api/comments').set('Authorization', `Bearer ${token}`);
      expect(api.status).toBe(503);
      expect(api.body.error.code).toBe('service_unavailable');
      const page = await browser.agent.get('/comments');
      expect(page.status).toBe(503);
      expect(page.text).toContain('Temporarily unavailable');
      const posted = await browser.agent
        .post('/comments')
        .type('form')
        .send({ _csrf: browser.csrfToken, text: 'kept while <down>' });
      expect(posted.status).toBe(503);
      expect(posted.text).toContain('kept while &lt;down&gt;</textarea>');
      expect(posted.text).toContain('Your comment was not posted');

      const dynamo = await startLocalDynamo({ port });
      const admin = new DynamoDBClient({
        region: 'us-east-1',
        endpoint: dynamo.endpoint,
        credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      });
      try {
        await ensureTable(admin, t.config.commentsTable);
        const posted = await request(t.app)
          .post('/api/comments')
          .set('Authorization', `Bearer ${token}`)
          .send({ text: 'back again' });
        expect(posted.status).toBe(201);
        expect((await browser.agent.get('/comments')).text).toContain('back again');
      } finally {
        admin.destroy();
        await dynamo.stop();
      }
    } finally {
      t.close();
    }
  });

  it('when DynamoDB throttles, then the API says 503 with Retry-After', async () => {
    const throttler = http.createServer((_req, res) => {
      res.writeHead(400, { 'Content-Type': 'application/x-amz-json-1.0' });
      res.end(
        JSON.stringify({
          __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
          message: 'The level of configured provisioned throughput for the table was exceeded.',
        }),
      );
    });
    const { t, token } = await appWithDynamoAt(await listen(throttler));
    try {
      const res = await request(t.app)
        .post('/api/comments')
        .set('Authorization', `Bearer ${token}`)
        .send({ text: 'hello' });
      expect(res.status).toBe(503);
      expect(res.body.error.code).toBe('service_unavailable');
      expect(res.headers['retry-after']).toBe('2');
    } finally {
      t.close();
      throttler.close();
    }
  });

  it('when DynamoDB accepts connections but never answers, then the request fails with 503 within 10 s', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    const { t, token } = await appWithDynamoAt(await listen(silent));
    try {
      const started = Date.now();
      const res = await request(t.app).get('/api/comments').set('Authorization', `Bearer ${token}`);
      const elapsed = Date.now() - started;
      expect(res.status).toBe(503);
      expect(elapsed).toBeLessThan(10_000);
    } finally {
      t.close();
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  }, 20_000);
});
