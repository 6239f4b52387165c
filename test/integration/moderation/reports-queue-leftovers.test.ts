import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { itemOf } from '../../helpers/table-items';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let bob: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
});
afterAll(() => t.close());

/** A queue entry as a report's second write leaves it, before its summary is written. */
async function putEntry(at: Date, commentId: string): Promise<string> {
  const key = `${at.toISOString()}#${commentId}`;
  const item = { board: 'meta#reports', id: key, commentId, slug: 'main', parentId: null };
  await t.dynamoAdmin.send(
    new PutItemCommand({ TableName: t.config.commentsTable, Item: marshall(item) }),
  );
  return key;
}
const list = () => moderator.get('/api/moderation/reports').expect(200);

describe('queue entries no summary points at', () => {
  it('when a report is still being written (entry, no summary yet), then the listing skips its entry and leaves it', async () => {
    const id = (await alice.post('/api/comments', { text: 'in flight' }).expect(201)).body.id;
    const key = await putEntry(new Date(), id);

    const res = await list();

    expect(res.body.items.map((i: { comment: { id: string } }) => i.comment.id)).not.toContain(id);
    expect(await itemOf(t, 'meta#reports', key)).toBeDefined();
  });

  it('when a leftover entry is older than the grace period, then the listing deletes it, and the comment is listed once at its own entry', async () => {
    const id = (await alice.post('/api/comments', { text: 'left over' }).expect(201)).body.id;
    await bob.post(`/api/comments/${id}/report`, { reason: 'spam' }).expect(202);
    const stale = await putEntry(new Date(Date.now() - 10 * 60_000), id);

    const res = await list();

    const ids = res.body.items.map((i: { comment: { id: string } }) => i.comment.id);
    expect(ids.filter((x: string) => x === id)).toHaveLength(1);
    expect(await itemOf(t, 'meta#reports', stale)).toBeUndefined();
  });
});
