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
let deps: ReturnType<typeof createDependencies>;

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
  deps = createDependencies(config);
  t = { ...base, config, deps, app: createApp(deps) };
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
      dynamo: ['BatchGetItem', 'UpdateItem', 'BatchWriteItem', 'UpdateItem'],
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
      dynamo: ['BatchGetItem', 'PutItem', 'UpdateItem', 'BatchWriteItem', 'UpdateItem'],
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

  it('when the comments page is shown to a signed-in browser, then it is the board GetItem and one Query', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    const calls = await callsOf(() => browser.agent.get('/comments').expect(200));
    expect(calls).toEqual({ dynamo: ['GetItem', 'Query'], cognito: [] });
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
      dynamo: ['GetItem', 'BatchGetItem', 'UpdateItem', 'BatchWriteItem', 'UpdateItem'],
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

  it('when a page goes back to newer comments, then it is still the board GetItem and one Query', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    const { body } = await api().get('/api/comments?limit=1').set(bearer()).expect(200);
    const older = await api().get(`/api/comments?limit=1&cursor=${body.nextCursor}`).set(bearer());
    const calls = await callsOf(() =>
      browser.agent.get(`/comments?cursor=${older.body.prevCursor}`).expect(200),
    );
    expect(calls).toEqual({ dynamo: ['GetItem', 'Query'], cognito: [] });
  });

  it('when a board page shows replies and a thread page is opened, then they cost three calls each at most', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    const top = await api().post('/api/comments').set(bearer()).send({ text: 'top' });
    const reply = await api()
      .post('/api/comments')
      .set(bearer())
      .send({ text: 'reply', parentId: top.body.id });
    const board = await callsOf(() => browser.agent.get('/comments').expect(200));
    const thread = await callsOf(() => browser.agent.get(`/b/main/c/${top.body.id}`).expect(200));
    const permalink = await callsOf(() =>
      browser.agent.get(`/b/main/c/${reply.body.id}`).expect(301),
    );
    expect(board).toEqual({ dynamo: ['GetItem', 'Query', 'BatchGetItem'], cognito: [] });
    expect(thread).toEqual({ dynamo: ['BatchGetItem', 'Query'], cognito: [] });
    expect(permalink).toEqual({ dynamo: ['BatchGetItem', 'BatchGetItem', 'Query'], cognito: [] });
  });
});

describe('DynamoDB and Cognito calls of signing in, refreshing and signing out', () => {
  it('when a user signs in, then it is UpdateItems of the user record and username pointer and one InitiateAuth', async () => {
    const user = await createConfirmedUser(t);
    const calls = await callsOf(() => apiTokens(t, user.username, user.password));
    // The two run in parallel: one round trip.
    expect(calls).toEqual({ dynamo: ['UpdateItem', 'UpdateItem'], cognito: ['InitiateAuth'] });
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

/** The issue's budgets; the counts include the rate limit's one UpdateItem per post, reply or edit. */
const BUDGET = { listing: 3, thread: 3, post: 6, edit: 4 };

describe('the call budget of boards, replies and edits (issue 13)', () => {
  let mod: string;
  let top: string;
  const asMod = () => ({ Authorization: `Bearer ${mod}` });

  beforeAll(async () => {
    const moderator = await createConfirmedUser(t, { groups: ['moderators'] });
    mod = (await apiTokens(t, moderator.username, moderator.password)).accessToken;
    await api().post('/api/boards').set(asMod()).send({ slug: 'budget', title: 'Budget' });
    top = (await api().post('/api/boards/budget/comments').set(bearer()).send({ text: 'top' })).body
      .id;
    for (let i = 0; i < 5; i += 1) {
      await api()
        .post('/api/boards/budget/comments')
        .set(bearer())
        .send({ text: `reply ${i}`, parentId: top })
        .expect(201);
    }
  });

  it('when a board is listed through the API, then it is the board GetItem and one Query', async () => {
    const calls = await callsOf(() =>
      api().get('/api/boards/budget/comments?limit=50').set(bearer()).expect(200),
    );
    expect(calls).toEqual({ dynamo: ['GetItem', 'Query'], cognito: [] });
    expect(calls.dynamo.length).toBeLessThanOrEqual(BUDGET.listing);
  });

  it('when a board page is read with the newest replies of each comment, then it is three calls whatever the page size', async () => {
    for (const limit of [1, 20, 100]) {
      const calls = await callsOf(() =>
        deps.comments.boardPage('budget', { sort: 'newest', limit }),
      );
      expect([...calls.dynamo].sort()).toEqual(['BatchGetItem', 'GetItem', 'Query']);
      expect(calls.cognito).toEqual([]);
    }
  });

  it('when a page holds more comments with replies than one BatchGetItem takes, then it is still three calls (fewer inline replies each)', async () => {
    await api().post('/api/boards').set(asMod()).send({ slug: 'wide', title: 'Wide' }).expect(201);
    const post = (body: object) =>
      api().post('/api/boards/wide/comments').set(bearer()).send(body).expect(201);
    // Ten at a time: this test counts reads, and 140 writes at once to one board item only measure
    // how busy the machine is (dynalite's 2 s timeouts on a loaded 2-core machine became 503s).
    const inBatches = async <T>(jobs: (() => Promise<T>)[]): Promise<T[]> => {
      const done: T[] = [];
      for (let i = 0; i < jobs.length; i += 10)
        done.push(...(await Promise.all(jobs.slice(i, i + 10).map((job) => job()))));
      return done;
    };
    const tops = await inBatches(
      Array.from({ length: 35 }, (_, i) => () => post({ text: `t${i}` })),
    );
    await inBatches(
      tops.flatMap(({ body }) =>
        [1, 2, 3].map((n) => () => post({ text: `r${n}`, parentId: body.id })),
      ),
    );
    const page = await callsOf(async () => {
      const { page } = await deps.comments.boardPage('wide', { sort: 'newest', limit: 100 });
      // 35 comments × 3 replies would be 105 keys: two inline replies each keeps it to one call.
      expect(page.items.map((c) => c.recentReplies.length)).toEqual(Array(35).fill(2));
    });
    expect([...page.dynamo].sort()).toEqual(['BatchGetItem', 'GetItem', 'Query']);
  });

  it('when a thread is read at its top-level comment or at a reply, then it is at most three calls', async () => {
    const atTop = await callsOf(() => deps.comments.thread('budget', top, { limit: 100 }));
    expect(atTop).toEqual({ dynamo: ['BatchGetItem', 'Query'], cognito: [] });
    const { body } = await api().get(`/api/comments/${top}/replies`).set(bearer());
    const atReply = await callsOf(() =>
      deps.comments.thread('budget', body.items[2].id, { limit: 100 }),
    );
    expect(atReply).toEqual({ dynamo: ['BatchGetItem', 'BatchGetItem', 'Query'], cognito: [] });
    expect(atReply.dynamo.length).toBeLessThanOrEqual(BUDGET.thread);
    const apiThread = await callsOf(async () => {
      await api().get(`/api/comments/${top}`).set(bearer()).expect(200);
      await api().get(`/api/comments/${top}/replies`).set(bearer()).expect(200);
    });
    expect(apiThread.dynamo).toEqual(['BatchGetItem', 'BatchGetItem', 'BatchGetItem', 'Query']);
  });

  it('when a comment is posted on a board with a key, then it is at most six calls with the rate limit', async () => {
    const calls = await callsOf(() =>
      api()
        .post('/api/boards/budget/comments')
        .set(bearer())
        .set('Idempotency-Key', 'budget-top')
        .send({ text: 'new top' })
        .expect(201),
    );
    expect(calls).toEqual({
      dynamo: ['BatchGetItem', 'PutItem', 'UpdateItem', 'BatchWriteItem', 'UpdateItem'],
      cognito: [],
    });
    expect(calls.dynamo.length).toBeLessThanOrEqual(BUDGET.post);
  });

  it('when a reply and a reply to a reply are posted with keys, then each is at most six calls with the rate limit', async () => {
    const { body } = await api().get(`/api/comments/${top}/replies`).set(bearer());
    for (const [key, parentId] of [
      ['budget-reply', top],
      ['budget-nested', body.items[0].id],
    ]) {
      const calls = await callsOf(() =>
        api()
          .post('/api/boards/budget/comments')
          .set(bearer())
          .set('Idempotency-Key', key)
          .send({ text: key, parentId })
          .expect(201),
      );
      expect(calls).toEqual({
        dynamo: [
          'BatchGetItem',
          'PutItem',
          'UpdateItem',
          'BatchWriteItem',
          'UpdateItem',
          'UpdateItem',
        ],
        cognito: [],
      });
      expect(calls.dynamo.length).toBeLessThanOrEqual(BUDGET.post);
    }
  });

  it('when a comment or a reply is edited, then it is at most four calls with the rate limit', async () => {
    const { body } = await api().get(`/api/comments/${top}/replies`).set(bearer());
    for (const id of [top, body.items[0].id]) {
      const calls = await callsOf(() =>
        api().patch(`/api/comments/${id}`).set(bearer()).send({ text: 'edited' }).expect(200),
      );
      expect(calls).toEqual({ dynamo: ['BatchGetItem', 'UpdateItem', 'UpdateItem'], cognito: [] });
      expect(calls.dynamo.length).toBeLessThanOrEqual(BUDGET.edit);
    }
  });

  it('when the boards are listed or one is read, then it is one call', async () => {
    const list = await callsOf(() => api().get('/api/boards').set(bearer()).expect(200));
    const one = await callsOf(() => api().get('/api/boards/budget').set(bearer()).expect(200));
    expect([list.dynamo, one.dynamo]).toEqual([['Query'], ['GetItem']]);
  });
});

describe('the calls of likes and "top" (issue 14)', () => {
  let liker: string;
  let onMain: string;
  let onBoard: string;
  const asLiker = () => ({ Authorization: `Bearer ${liker}` });

  beforeAll(async () => {
    const user = await createConfirmedUser(t, { groups: ['moderators'] });
    liker = (await apiTokens(t, user.username, user.password)).accessToken;
    await api().post('/api/boards').set(asLiker()).send({ slug: 'liked', title: 'Liked' });
    onMain = (await api().post('/api/comments').set(bearer()).send({ text: 'm' })).body.id;
    onBoard = (await api().post('/api/boards/liked/comments').set(bearer()).send({ text: 'b' }))
      .body.id;
  });

  it('when a comment of main is liked, then it is one BatchGetItem, the like, the count and its place in top; a repeat is the BatchGetItem alone', async () => {
    const like = await callsOf(() =>
      api().put(`/api/comments/${onMain}/like`).set(asLiker()).expect(200),
    );
    const again = await callsOf(() =>
      api().put(`/api/comments/${onMain}/like`).set(asLiker()).expect(200),
    );
    expect(like).toEqual({
      dynamo: ['BatchGetItem', 'UpdateItem', 'UpdateItem', 'UpdateItem'],
      cognito: [],
    });
    expect(again).toEqual({ dynamo: ['BatchGetItem'], cognito: [] });
  });

  it('when a comment of another board is liked and unliked, then each is five calls (the comment is a second read)', async () => {
    const like = await callsOf(() =>
      api().put(`/api/comments/${onBoard}/like`).set(asLiker()).expect(200),
    );
    const unlike = await callsOf(() =>
      api().delete(`/api/comments/${onBoard}/like`).set(asLiker()).expect(200),
    );
    const five = ['BatchGetItem', 'BatchGetItem', 'UpdateItem', 'UpdateItem', 'UpdateItem'];
    expect(like).toEqual({ dynamo: five, cognito: [] });
    expect(unlike).toEqual({ dynamo: five, cognito: [] });
  });

  it('when a listing holds liked comments, then "liked by me" is one BatchGetItem after the Query; "top" is one Query of the index', async () => {
    await api().put(`/api/comments/${onBoard}/like`).set(asLiker()).expect(200);
    const listing = await callsOf(() =>
      api().get('/api/boards/liked/comments').set(asLiker()).expect(200),
    );
    const top = await callsOf(() =>
      api().get('/api/boards/liked/comments?sort=top').set(asLiker()).expect(200),
    );
    expect(listing).toEqual({ dynamo: ['GetItem', 'Query', 'BatchGetItem'], cognito: [] });
    expect(top).toEqual({ dynamo: ['GetItem', 'Query', 'BatchGetItem'], cognito: [] });
  });
});
