import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';
import { startAwsProxy, type AwsProxy } from '../../helpers/aws-proxy';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createDependencies } from '../../../src/dependencies';

let t: TestApp;
let dynamo: AwsProxy;
let cognito: AwsProxy;
beforeAll(async () => {
  const endpoints = testEndpoints();
  dynamo = await startAwsProxy(endpoints.dynamo);
  cognito = await startAwsProxy(endpoints.cognito);
  const base = await createTestApp({ DYNAMODB_ENDPOINT: dynamo.url });
  const config = loadConfig({
    ...base.env,
    COGNITO_ENDPOINT: cognito.url,
    COGNITO_ISSUER: base.config.issuer,
    COGNITO_JWKS_URI: base.config.jwksUri,
  });
  t = { ...base, config, app: createApp(createDependencies(config)) };
});
afterAll(() => {
  t.close();
  dynamo.close();
  cognito.close();
});

/** How many times each operation appears. */
const tally = (calls: string[]) =>
  calls.reduce<Record<string, number>>((n, op) => ({ ...n, [op]: (n[op] ?? 0) + 1 }), {});

describe('what deleting an account costs', () => {
  it('when a user with 3 comments (1 hidden) and 2 idempotency records deletes the account, then it takes a few calls per item plus a fixed 7 DynamoDB and 2 Cognito calls', async () => {
    const user = await createConfirmedUser(t);
    const { accessToken } = await apiTokens(t, user.username, user.password);
    const bearer = { Authorization: `Bearer ${accessToken}` };
    for (const key of [randomUUID(), randomUUID(), undefined]) {
      const posted = await request(t.app)
        .post('/api/comments')
        .set({ ...bearer, ...(key ? { 'Idempotency-Key': key } : {}) })
        .send({ text: 'costs one DeleteItem' })
        .expect(201);
      if (!key) await request(t.app).delete(`/api/comments/${posted.body.id}`).set(bearer);
    }
    dynamo.calls.length = 0;
    cognito.calls.length = 0;

    await request(t.app)
      .post('/api/me/delete')
      .set(bearer)
      .send({ password: user.password })
      .expect(204);

    // Fixed: guard GetItem; mark UpdateItem; 2 passes × (index Query + likes Query + key Query +
    // reports Query);
    // tombstone PutItem.
    // Each listed comment is taken out like an author's delete (hidden copy PutItem, DeleteItem of
    // the listed item, board counter UpdateItem), then its hidden copy and pointer are deleted after
    // one BatchGetItem says no placeholder stayed: 6 calls. A hidden one: BatchGetItem + 2 DeleteItem.
    // Each idempotency record: 1 DeleteItem. Moderation, per pass: GetItem of the ban list entry,
    // GetItem of the user record for the username pointer and its conditional DeleteItem.
    expect(tally(dynamo.calls)).toEqual({
      GetItem: 1 + 2 * 2,
      UpdateItem: 1 + 2,
      Query: 2 * 4,
      BatchGetItem: 3,
      DeleteItem: 2 * 3 + 2 + 2 + 2,
      PutItem: 1 + 2,
    });
    expect(tally(cognito.calls)).toEqual({ InitiateAuth: 1, DeleteUser: 1 });
  });
});
