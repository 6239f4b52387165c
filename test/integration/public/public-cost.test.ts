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
let author: string;
let fan: string;
let fanPages: SignedInAgent;
const SLUG = 'open-cost';
let top: string;
let reply: string;

/** The DynamoDB and Cognito calls `run` causes (sorted: parallel reads have no set order). */
async function callsOf(run: () => Promise<unknown>) {
  dynamo.calls.length = 0;
  cognito.calls.length = 0;
  await run();
  return { dynamo: [...dynamo.calls].sort(), cognito: [...cognito.calls] };
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
  const [mod, a, f] = await Promise.all([
    createConfirmedUser(t, { groups: ['moderators'] }),
    createConfirmedUser(t),
    createConfirmedUser(t),
  ]);
  const modToken = (await apiTokens(t, mod.username, mod.password)).accessToken;
  author = (await apiTokens(t, a.username, a.password)).accessToken;
  fan = (await apiTokens(t, f.username, f.password)).accessToken;
  fanPages = await signInAgent(t, f.username, f.password);
  await request(t.app)
    .post('/api/boards')
    .set('Authorization', `Bearer ${modToken}`)
    .send({ slug: SLUG, title: 'Open', visibility: 'public' })
    .expect(201);
  const post = (body: object) =>
    request(t.app)
      .post(`/api/boards/${SLUG}/comments`)
      .set('Authorization', `Bearer ${author}`)
      .send(body)
      .expect(201);
  top = (await post({ text: 'Top' })).body.id;
  reply = (await post({ text: 'Reply', parentId: top })).body.id;
  // Warm-up: the JWKS is fetched once per cold start.
  await request(t.app).get(`/b/${SLUG}`).expect(200);
});
afterAll(() => {
  t.close();
  dynamo.close();
  cognito.close();
});

const anon = () => request(t.app);
const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

const calls = async (run: () => Promise<unknown>) => (await callsOf(run)).dynamo;

describe('DynamoDB calls of public boards, signed out, and of likes on pages', () => {
  it('when signed out, then the board list is one Query and a board one GetItem', async () => {
    await anon().get('/api/boards').expect(200); // board main is made on first use, once
    expect(await calls(() => anon().get('/api/boards').expect(200))).toEqual(['Query']);
    expect(await calls(() => anon().get(`/api/boards/${SLUG}`).expect(200))).toEqual(['GetItem']);
  });

  it('when signed out, then a listing costs what it costs signed in: the board GetItem and one Query', async () => {
    const out = await calls(() => anon().get(`/api/boards/${SLUG}/comments`).expect(200));
    expect(out).toEqual(['GetItem', 'Query']);
  });

  it('when signed out, then a comment or its replies cost one GetItem of the board more than signed in', async () => {
    const signedIn = await calls(() =>
      anon().get(`/api/comments/${top}`).set(bearer(fan)).expect(200),
    );
    const out = await calls(() => anon().get(`/api/comments/${top}`).expect(200));
    expect(out).toEqual([...signedIn, 'GetItem'].sort());
    expect(out).toEqual(['BatchGetItem', 'BatchGetItem', 'GetItem']);
    const replies = await calls(() => anon().get(`/api/comments/${top}/replies`).expect(200));
    expect(replies).toEqual(['BatchGetItem', 'GetItem', 'Query']);
  });

  it('when signed out, then the board page is three calls, the thread page two, the index one', async () => {
    expect(await calls(() => anon().get(`/b/${SLUG}`).expect(200))).toEqual([
      'BatchGetItem', // the inline replies
      'GetItem',
      'Query',
    ]);
    expect(await calls(() => anon().get(`/b/${SLUG}/c/${top}`).expect(200))).toEqual([
      'BatchGetItem',
      'Query',
    ]);
    expect(await calls(() => anon().get('/').expect(200))).toEqual(['Query']);
  });

  it('when signed out on a members-only board, then the redirect costs the board read and the listing read beside it', async () => {
    expect(await calls(() => anon().get('/comments').expect(303))).toEqual(['GetItem', 'Query']);
  });

  it('when a page shows liked comments, then "liked by me" is one BatchGetItem more (none signed out, none without likes)', async () => {
    const before = await calls(() => fanPages.agent.get(`/b/${SLUG}`).expect(200));
    expect(before).toEqual(['BatchGetItem', 'GetItem', 'Query']);
    await request(t.app).put(`/api/comments/${reply}/like`).set(bearer(fan)).expect(200);
    const board = await calls(() => fanPages.agent.get(`/b/${SLUG}`).expect(200));
    expect(board).toEqual(['BatchGetItem', 'BatchGetItem', 'GetItem', 'Query']);
    const thread = await calls(() => fanPages.agent.get(`/b/${SLUG}/c/${top}`).expect(200));
    expect(thread).toEqual(['BatchGetItem', 'BatchGetItem', 'Query']);
    expect(await calls(() => anon().get(`/b/${SLUG}`).expect(200))).toEqual(before);
  });

  it('when a like is sent from a page, then it is the page guard GetItem and what the API costs', async () => {
    const like = (liked: string) =>
      fanPages.agent
        .post(`/b/${SLUG}/c/${top}/like`)
        .type('form')
        .send({ _csrf: fanPages.csrfToken, liked, back: `/b/${SLUG}` })
        .expect(303);
    // A comment on a board other than main: two BatchGetItems, the like, the count, the top place.
    expect(await calls(() => like('true'))).toEqual([
      'BatchGetItem',
      'BatchGetItem',
      'GetItem',
      'UpdateItem',
      'UpdateItem',
      'UpdateItem',
    ]);
    // A repeat changes nothing: the reads alone.
    expect(await calls(() => like('true'))).toEqual(['BatchGetItem', 'BatchGetItem', 'GetItem']);
  });
});
