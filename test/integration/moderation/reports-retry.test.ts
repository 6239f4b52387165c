import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { startAwsProxy, type AwsProxy } from '../../helpers/aws-proxy';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let proxy: AwsProxy;
let alice: ApiCaller;
let moderator: ApiCaller;
/** Once armed with an operation, the answer of its next call is lost (the SDK then retries it). */
const lose = { operation: '', skip: 0 };

beforeAll(async () => {
  proxy = await startAwsProxy(testEndpoints().dynamo, {
    loseReply: (operation) => {
      if (operation !== lose.operation) return false;
      if (lose.skip > 0) {
        lose.skip -= 1;
        return false;
      }
      lose.operation = '';
      return true;
    },
  });
  t = await createTestApp({ DYNAMODB_ENDPOINT: proxy.url });
  [alice, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
});
afterAll(() => {
  t.close();
  proxy.close();
});

const reportsOf = async (id: string) => {
  const { items } = (await moderator.get('/api/moderation/reports').expect(200)).body as {
    items: Array<{ comment: { id: string }; reports: number }>;
  };
  return items.find((i) => i.comment.id === id)?.reports;
};

describe('reports when an answer is lost and the SDK retries', () => {
  it.each([
    ['the report item', 'PutItem', 0],
    ['the new summary', 'PutItem', 1],
  ])(
    'when the answer to %s is lost, then the first report still counts once',
    async (_n, op, skip) => {
      const id = (await alice.post('/api/comments', { text: 'x' }).expect(201)).body.id;
      const bob = await apiCaller(t);
      Object.assign(lose, { operation: op, skip });
      const before = proxy.calls.filter((c) => c === op).length;

      await bob.post(`/api/comments/${id}/report`, { reason: 'spam' }).expect(202);

      // Two PutItems, and the SDK's retry of the lost one.
      expect(proxy.calls.filter((c) => c === op).length - before).toBe(3);
      expect(await reportsOf(id)).toBe(1);
    },
  );

  it('when the answer to a later count is lost, then the retried ADD does not count twice', async () => {
    const id = (await alice.post('/api/comments', { text: 'y' }).expect(201)).body.id;
    const [bob, carol] = await Promise.all([apiCaller(t), apiCaller(t)]);
    await bob.post(`/api/comments/${id}/report`, { reason: 'one' }).expect(202);
    // The queue entry's UpdateItem passes; the summary's count is the one whose answer is lost.
    Object.assign(lose, { operation: 'UpdateItem', skip: 1 });

    await carol.post(`/api/comments/${id}/report`, { reason: 'two' }).expect(202);

    expect(lose.operation).toBe('');
    expect(await reportsOf(id)).toBe(2);
  });
});
