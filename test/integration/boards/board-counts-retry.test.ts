import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { startAwsProxy, type AwsProxy } from '../../helpers/aws-proxy';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let proxy: AwsProxy;
let alice: ApiCaller;
let moderator: ApiCaller;
/**
 * Once armed, the answer of the first UpdateItem after the comment's BatchWriteItem is lost: the
 * counter that follows the write (the rate limit's UpdateItem comes before it).
 */
const lose = { armed: false, nextUpdate: false };

beforeAll(async () => {
  proxy = await startAwsProxy(testEndpoints().dynamo, {
    loseReply: (operation) => {
      if (operation === 'BatchWriteItem' && lose.armed) {
        [lose.armed, lose.nextUpdate] = [false, true];
        return false;
      }
      if (operation !== 'UpdateItem' || !lose.nextUpdate) return false;
      lose.nextUpdate = false;
      return true;
    },
  });
  t = await createTestApp({ DYNAMODB_ENDPOINT: proxy.url });
  [alice, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
  await moderator.post('/api/boards', { slug: 'flaky', title: 'Flaky' }).expect(201);
});
afterAll(() => {
  t.close();
  proxy.close();
});

describe('counters when an answer is lost and the SDK retries', () => {
  it('when the answer to the board counter is lost, then the retried ADD does not count the comment twice', async () => {
    lose.armed = true;
    const calls = proxy.calls.length;
    await alice.post('/api/boards/flaky/comments', { text: 'once' }).expect(201);
    // The rate limit, the board counter, and the SDK's retry of the counter.
    expect(proxy.calls.slice(calls).filter((c) => c === 'UpdateItem').length).toBe(3);
    expect((await alice.get('/api/boards/flaky')).body.commentCount).toBe(1);
  });

  it('when the answer to the reply counter is lost, then the retried ADD does not count the reply twice', async () => {
    const top = (await alice.post('/api/boards/flaky/comments', { text: 'top' })).body;
    lose.armed = true;
    const calls = proxy.calls.length;
    await alice.post('/api/boards/flaky/comments', { text: 're', parentId: top.id }).expect(201);
    // The rate limit, the reply counter and its retry, the board counter.
    expect(proxy.calls.slice(calls).filter((c) => c === 'UpdateItem').length).toBe(4);
    expect((await alice.get(`/api/comments/${top.id}`)).body.replyCount).toBe(1);
    expect((await alice.get('/api/boards/flaky')).body.commentCount).toBe(3);
  });
});
