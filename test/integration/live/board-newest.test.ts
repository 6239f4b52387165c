import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { NEWEST_KEPT } from '../../../src/boards/board-newest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { itemOf } from '../../helpers/table-items';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let moderator: ApiCaller;

beforeAll(async () => {
  t = await createTestApp();
  [alice, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
});
afterAll(() => t.close());

const newestOf = async (slug: string) =>
  ((await itemOf(t, 'meta#boards', slug))?.newest ?? undefined) as
    Record<string, string | null> | undefined;
const post = async (slug: string, text: string, parentId?: string) =>
  (await alice.post(`/api/boards/${slug}/comments`, { text, parentId }).expect(201)).body as {
    id: string;
  };

describe("the board item's newest comment ids", () => {
  it('when a comment and a reply are posted, then the board item lists both (the reply with its parent)', async () => {
    await moderator.post('/api/boards', { slug: 'fresh', title: 'Fresh' }).expect(201);
    const top = await post('fresh', 'top');
    const reply = await post('fresh', 'reply', top.id);
    expect(await newestOf('fresh')).toEqual({ [top.id]: null, [reply.id]: top.id });
  });

  it('when a comment is deleted or hidden, then its id leaves the list', async () => {
    await moderator.post('/api/boards', { slug: 'leave', title: 'Leave' }).expect(201);
    const kept = await post('leave', 'kept');
    const deleted = await post('leave', 'deleted');
    const hidden = await post('leave', 'hidden', kept.id);
    await alice.del(`/api/comments/${deleted.id}`).expect(204);
    await moderator.del(`/api/comments/${hidden.id}`).expect(204);
    expect(await newestOf('leave')).toEqual({ [kept.id]: null });
  });

  it(`when more than ${NEWEST_KEPT} comments are posted, then only the newest ${NEWEST_KEPT} stay`, async () => {
    await moderator.post('/api/boards', { slug: 'many', title: 'Many' }).expect(201);
    const ids: string[] = [];
    for (let i = 0; i < NEWEST_KEPT + 5; i += 1) ids.push((await post('many', `c${i}`)).id);
    const newest = await newestOf('many');
    expect(Object.keys(newest ?? {}).sort()).toEqual(ids.slice(-NEWEST_KEPT));
  });

  it('when a board from before the list gets a post, then the list starts with it', async () => {
    await moderator.post('/api/boards', { slug: 'legacy', title: 'Legacy' }).expect(201);
    await DynamoDBDocumentClient.from(t.dynamoAdmin).send(
      new UpdateCommand({
        TableName: t.config.commentsTable,
        Key: { board: 'meta#boards', id: 'legacy' },
        UpdateExpression: 'REMOVE newest',
      }),
    );
    const first = await post('legacy', 'first');
    const second = await post('legacy', 'second');
    expect(await newestOf('legacy')).toEqual({ [first.id]: null, [second.id]: null });
    await alice.del(`/api/comments/${first.id}`).expect(204);
    expect(await newestOf('legacy')).toEqual({ [second.id]: null });
    expect((await alice.get('/api/boards/legacy').expect(200)).body.commentCount).toBe(1);
  });

  it('when ten first posts race on a board from before the list, then all ten are listed', async () => {
    await moderator.post('/api/boards', { slug: 'race', title: 'Race' }).expect(201);
    await DynamoDBDocumentClient.from(t.dynamoAdmin).send(
      new UpdateCommand({
        TableName: t.config.commentsTable,
        Key: { board: 'meta#boards', id: 'race' },
        UpdateExpression: 'REMOVE newest',
      }),
    );
    const posted = await Promise.all(Array.from({ length: 10 }, (_, i) => post('race', `r${i}`)));
    const newest = await newestOf('race');
    expect(Object.keys(newest ?? {}).sort()).toEqual(posted.map((c) => c.id).sort());
    expect((await alice.get('/api/boards/race').expect(200)).body.commentCount).toBe(10);
  });
});
