import request from 'supertest';
import {
  apiTokens,
  createConfirmedUser,
  signInAgent,
  type SignedInAgent,
} from '../../helpers/auth-helpers';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';
import { startAwsProxy } from '../../helpers/aws-proxy';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createDependencies } from '../../../src/dependencies';

let t: TestApp;
let dynamo: Awaited<ReturnType<typeof startAwsProxy>>;
let cognito: Awaited<ReturnType<typeof startAwsProxy>>;
let token: string;
let reader: SignedInAgent;
let after: string;

/** The DynamoDB and Cognito calls `run` causes. */
async function callsOf(run: () => Promise<unknown>) {
  dynamo.calls.length = 0;
  cognito.calls.length = 0;
  await run();
  return { dynamo: [...dynamo.calls], cognito: [...cognito.calls] };
}

beforeAll(async () => {
  const endpoints = testEndpoints();
  dynamo = await startAwsProxy(endpoints.dynamo);
  cognito = await startAwsProxy(endpoints.cognito);
  const base = await createTestApp({ DYNAMODB_ENDPOINT: dynamo.url });
  const config = loadConfig({
    ...base.env,
    COGNITO_ENDPOINT: cognito.url,
    COGNITO_ISSUER: base.config.issuer,
    COGNITO_JWKS_URI: `${cognito.url}/${base.config.userPoolId}/.well-known/jwks.json`,
  });
  const deps = createDependencies(config);
  t = { ...base, config, deps, app: createApp(deps) };
  const moderator = await createConfirmedUser(t, { groups: ['moderators'] });
  token = (await apiTokens(t, moderator.username, moderator.password)).accessToken;
  const bearer = { Authorization: `Bearer ${token}` };
  await request(t.app)
    .post('/api/boards')
    .set(bearer)
    .send({ slug: 'open', title: 'Open', visibility: 'public' })
    .expect(201);
  const posted = async (text: string, parentId?: string) =>
    (await request(t.app).post('/api/boards/open/comments').set(bearer).send({ text, parentId }))
      .body as { id: string };
  const top = await posted('first');
  after = top.id;
  await posted('second');
  await posted('a reply', top.id);
  const user = await createConfirmedUser(t);
  reader = await signInAgent(t, user.username, user.password);
});
afterAll(() => {
  t.close();
  dynamo.close();
  cognito.close();
});

describe('DynamoDB calls of the live routes', () => {
  it('when a signed-in page asks for the new count, then it is one GetItem and no Cognito call', async () => {
    const calls = await callsOf(() =>
      reader.agent.get(`/b/open/new-count?after=${after}`).expect(200, { count: 2 }),
    );
    expect(calls).toEqual({ dynamo: ['GetItem'], cognito: [] });
  });

  it('when the count has not changed (304), then it is still one GetItem', async () => {
    const first = await reader.agent.get(`/b/open/new-count?after=${after}`).expect(200);
    const calls = await callsOf(() =>
      reader.agent
        .get(`/b/open/new-count?after=${after}`)
        .set('If-None-Match', first.headers.etag as string)
        .expect(304),
    );
    expect(calls).toEqual({ dynamo: ['GetItem'], cognito: [] });
  });

  it('when the feed is read signed out, then it is one GetItem and one BatchGetItem', async () => {
    const calls = await callsOf(() => request(t.app).get('/b/open/feed.atom').expect(200));
    expect(calls).toEqual({ dynamo: ['GetItem', 'BatchGetItem'], cognito: [] });
  });

  it('when a listing answers 304, then it costs what the page costs (GetItem and Query)', async () => {
    const bearer = { Authorization: `Bearer ${token}` };
    const first = await request(t.app).get('/api/boards/open/comments').set(bearer).expect(200);
    const calls = await callsOf(() =>
      request(t.app)
        .get('/api/boards/open/comments')
        .set(bearer)
        .set('If-None-Match', first.headers.etag as string)
        .expect(304),
    );
    expect(calls).toEqual({ dynamo: ['GetItem', 'Query'], cognito: [] });
  });
});
