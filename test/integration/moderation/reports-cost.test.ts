import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createConfirmedUser, signInAgent } from '../../helpers/auth-helpers';
import { startAwsProxy, type AwsProxy } from '../../helpers/aws-proxy';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let dynamo: AwsProxy;
let alice: ApiCaller;
let bob: ApiCaller;
let carol: ApiCaller;
let moderator: ApiCaller;

/** The DynamoDB calls `run` causes, sorted (parallel calls arrive in any order). */
async function callsOf(run: () => Promise<unknown>): Promise<string[]> {
  dynamo.calls.length = 0;
  await run();
  return [...dynamo.calls].sort();
}

beforeAll(async () => {
  dynamo = await startAwsProxy(testEndpoints().dynamo);
  t = await createTestApp({ DYNAMODB_ENDPOINT: dynamo.url });
  [alice, bob, carol, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
  await moderator.post('/api/boards', { slug: 'costly', title: 'Costly' }).expect(201);
});
afterAll(() => {
  t.close();
  dynamo.close();
});

describe('DynamoDB calls of the report routes', () => {
  it('when comments are reported, listed and dismissed, then each route makes its fixed calls', async () => {
    const onMain = (await alice.post('/api/comments', { text: 'main' }).expect(201)).body.id;
    const onBoard = (await alice.post('/api/boards/costly/comments', { text: 'b' }).expect(201))
      .body.id;

    const first = await callsOf(() =>
      bob.post(`/api/comments/${onMain}/report`, { reason: 'spam' }).expect(202),
    );
    const second = await callsOf(() =>
      carol.post(`/api/comments/${onMain}/report`, { reason: 'rude' }).expect(202),
    );
    const repeat = await callsOf(() =>
      bob.post(`/api/comments/${onMain}/report`, { reason: 'again' }).expect(202),
    );
    const otherBoard = await callsOf(() =>
      bob.post(`/api/comments/${onBoard}/report`, { reason: 'spam' }).expect(202),
    );
    const list = await callsOf(() => moderator.get('/api/moderation/reports').expect(200));
    const dismiss = await callsOf(() =>
      moderator.post(`/api/moderation/reports/${onMain}/dismiss`).expect(204),
    );

    // One read (user record, own report, summary, the comment's likely keys); the report, the
    // new queue entry, the new summary.
    expect(first).toEqual(['BatchGetItem', 'PutItem', 'PutItem', 'UpdateItem']);
    // Counted on the summary, and the comment's previous queue entry deleted.
    expect(second).toEqual(['BatchGetItem', 'DeleteItem', 'PutItem', 'UpdateItem', 'UpdateItem']);
    expect(repeat).toEqual(['BatchGetItem']);
    // A comment off `main` is a second read, as for likes and GET /api/comments/:id.
    expect(otherBoard).toEqual([
      'BatchGetItem',
      'BatchGetItem',
      'PutItem',
      'PutItem',
      'UpdateItem',
    ]);
    expect(list).toEqual(['BatchGetItem', 'Query']);
    // The guard's user record, the summary, its queue entry.
    expect(dismiss).toEqual(['DeleteItem', 'DeleteItem', 'GetItem']);
  });

  it('when a listed comment was hidden meanwhile, then the listing also deletes its entry and summary', async () => {
    const id = (await alice.post('/api/comments', { text: 'to hide' }).expect(201)).body.id;
    await bob.post(`/api/comments/${id}/report`, { reason: 'spam' }).expect(202);
    await moderator.del(`/api/comments/${id}`).expect(204);

    const list = await callsOf(() => moderator.get('/api/moderation/reports').expect(200));

    expect(list).toEqual(['BatchGetItem', 'DeleteItem', 'DeleteItem', 'Query']);
    expect(await callsOf(() => moderator.get('/api/moderation/reports').expect(200))).toEqual([
      'BatchGetItem',
      'Query',
    ]);
  });

  it('when a moderator opens the moderation page, then it is the queue and the ban list: three calls', async () => {
    const user = await createConfirmedUser(t, { groups: ['moderators'] });
    const browser = await signInAgent(t, user.username, user.password);

    const page = await callsOf(() => browser.agent.get('/moderation').expect(200));

    // Queue Query + BatchGetItem (comments and summaries), ban list Query.
    expect(page).toEqual(['BatchGetItem', 'Query', 'Query']);
  });
});
