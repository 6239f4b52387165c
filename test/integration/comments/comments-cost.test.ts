import request from 'supertest';
import { apiTokens, createConfirmedUser, signInAgent } from '../../helpers/auth-helpers';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';
import { startAwsProxy } from '../../helpers/aws-proxy';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createDependencies } from '../../../src/dependencies';

const recordingProxy = (target: string) => startAwsProxy(target);

let t: TestApp;
let dynamo: Awaited<ReturnType<typeof recordingProxy>>;
let cognito: Awaited<ReturnType<typeof recordingProxy>>;
let token: string;

/** The DynamoDB and Cognito calls `run` causes. */
async function callsOf(
  run: () => Promise<unknown>,
): Promise<{ dynamo: string[]; cognito: string[] }> {
  dynamo.calls.length = 0;
  cognito.calls.length = 0;
  await run();
  return { dynamo: [...dynamo.calls], cognito: [...cognito.calls] };
}

beforeAll(async () => {
  const endpoints = testEndpoints();
  dynamo = await recordingProxy(endpoints.dynamo);
  cognito = await recordingProxy(endpoints.cognito);
  const base = await createTestApp({ DYNAMODB_ENDPOINT: dynamo.url });
  // Cognito calls (JWKS, refresh) go through the proxy; tokens still name the real issuer.
  const config = loadConfig({
    ...base.env,
    COGNITO_ENDPOINT: cognito.url,
    COGNITO_ISSUER: base.config.issuer,
    COGNITO_JWKS_URI: `${cognito.url}/${base.config.userPoolId}/.well-known/jwks.json`,
  });
  t = { ...base, config, app: createApp(createDependencies(config)) };
  const user = await createConfirmedUser(t);
  token = (await apiTokens(t, user.username, user.password)).accessToken;
  // Warm-up: the first verification fetches the JWKS once per cold start; board main is made on
  // first use (one conditional put, once per table).
  await request(t.app).get('/api/boards/main').set('Authorization', `Bearer ${token}`);
  expect(cognito.calls.some((call) => call.endsWith('/.well-known/jwks.json'))).toBe(true);
});
afterAll(() => {
  t.close();
  dynamo.close();
  cognito.close();
});

const api = () => request(t.app);
const bearer = () => ({ Authorization: `Bearer ${token}` });

describe('DynamoDB and Cognito calls per comments request', () => {
  it('when a page of comments is listed, then it is exactly one Query and no Cognito call', async () => {
    const calls = await callsOf(() => api().get('/api/comments?limit=5').set(bearer()).expect(200));
    expect(calls).toEqual({ dynamo: ['Query'], cognito: [] });
  });

  it('when a comment is posted, then it is one BatchGetItem (user record, board), the comment with its pointer and the board counter (and the key)', async () => {
    const plain = await callsOf(() =>
      api().post('/api/comments').set(bearer()).send({ text: 'a' }).expect(201),
    );
    expect(plain).toEqual({
      dynamo: ['BatchGetItem', 'BatchWriteItem', 'UpdateItem'],
      cognito: [],
    });
    const keyed = await callsOf(() =>
      api()
        .post('/api/comments')
        .set(bearer())
        .set('Idempotency-Key', 'cost-1')
        .send({ text: 'b' })
        .expect(201),
    );
    expect(keyed).toEqual({
      dynamo: ['BatchGetItem', 'PutItem', 'BatchWriteItem', 'UpdateItem'],
      cognito: [],
    });
  });

  it('when a comment of main is read by id, then it is one BatchGetItem; deleted, the guard GetItem, the read, the move and the board counter', async () => {
    const { body } = await api().post('/api/comments').set(bearer()).send({ text: 'c' });
    const read = await callsOf(() =>
      api().get(`/api/comments/${body.id}`).set(bearer()).expect(200),
    );
    expect(read).toEqual({ dynamo: ['BatchGetItem'], cognito: [] });
    const removed = await callsOf(() =>
      api().delete(`/api/comments/${body.id}`).set(bearer()).expect(204),
    );
    expect(removed).toEqual({
      dynamo: ['GetItem', 'BatchGetItem', 'PutItem', 'DeleteItem', 'UpdateItem'],
      cognito: [],
    });
  });

  it('when the comments page is shown to a signed-in browser, then it is one Query', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    const calls = await callsOf(() => browser.agent.get('/comments').expect(200));
    expect(calls).toEqual({ dynamo: ['Query'], cognito: [] });
  });

  it('when a browser posts, confirms and deletes its comment, then the confirmation is one BatchGetItem and the writes cost as in the API (the page guard reads the user record itself)', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    const form = { _csrf: browser.csrfToken };
    const posted = await callsOf(() =>
      browser.agent
        .post('/comments')
        .type('form')
        .send({ ...form, text: 'cost of deleting' })
        .expect(303),
    );
    expect(posted).toEqual({
      dynamo: ['GetItem', 'BatchGetItem', 'BatchWriteItem', 'UpdateItem'],
      cognito: [],
    });
    const id = /id="comment-([0-9A-Z]{26})"/.exec((await browser.agent.get('/comments')).text)![1];
    const confirm = await callsOf(() => browser.agent.get(`/comments/${id}/delete`).expect(200));
    expect(confirm).toEqual({ dynamo: ['BatchGetItem'], cognito: [] });
    const removed = await callsOf(() =>
      browser.agent.post(`/comments/${id}/delete`).type('form').send(form).expect(303),
    );
    expect(removed).toEqual({
      dynamo: ['GetItem', 'BatchGetItem', 'PutItem', 'DeleteItem', 'UpdateItem'],
      cognito: [],
    });
  });

  it('when a page goes back to newer comments, then it is still one Query', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    const { body } = await api().get('/api/comments?limit=1').set(bearer()).expect(200);
    const older = await api().get(`/api/comments?limit=1&cursor=${body.nextCursor}`).set(bearer());
    const calls = await callsOf(() =>
      browser.agent.get(`/comments?cursor=${older.body.prevCursor}`).expect(200),
    );
    expect(calls).toEqual({ dynamo: ['Query'], cognito: [] });
  });
});

describe('DynamoDB and Cognito calls of signing in, refreshing and signing out', () => {
  it('when a user signs in, then it is one UpdateItem of the user record and one InitiateAuth', async () => {
    const user = await createConfirmedUser(t);
    const calls = await callsOf(() => apiTokens(t, user.username, user.password));
    expect(calls).toEqual({ dynamo: ['UpdateItem'], cognito: ['InitiateAuth'] });
  });

  it('when a refresh token is used, then it is one GetItem of the revoked list before Cognito', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    const calls = await callsOf(() =>
      api().post('/api/auth/refresh').send({ refreshToken: tokens.refreshToken }).expect(200),
    );
    expect(calls).toEqual({ dynamo: ['GetItem'], cognito: ['InitiateAuth'] });
  });

  it('when a user signs out, then it is the guard GetItem, the hash PutItem and the marker UpdateItem, then RevokeToken', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    const calls = await callsOf(() =>
      api()
        .post('/api/auth/logout')
        .set('Authorization', `Bearer ${tokens.accessToken}`)
        .send({ refreshToken: tokens.refreshToken })
        .expect(204),
    );
    expect(calls).toEqual({
      dynamo: ['GetItem', 'PutItem', 'UpdateItem'],
      cognito: ['RevokeToken'],
    });
  });
});
