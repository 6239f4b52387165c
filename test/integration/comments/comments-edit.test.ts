import { createApp } from '../../../src/app';
import { createBoardsRepository } from '../../../src/boards/boards-repository';
import { createCommentsRepository } from '../../../src/comments/comments-repository';
import { createCommentsService } from '../../../src/comments/comments-service';
import { createIdempotencyStore } from '../../../src/comments/idempotency-store';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let bob: ApiCaller;
let moderator: ApiCaller;
const clock = { now: Date.parse('2026-01-01T12:00:00.000Z') };
const WINDOW_SECONDS = 900;

beforeAll(async () => {
  const base = await createTestApp();
  // The same app with the service on a clock the test moves.
  const table = createTableAccess(createDynamoClient(base.config), base.config.commentsTable);
  const comments = createCommentsService({
    repository: createCommentsRepository(table),
    boards: createBoardsRepository(table),
    idempotency: createIdempotencyStore(table),
    now: () => clock.now,
    editWindowSeconds: WINDOW_SECONDS,
  });
  t = { ...base, app: createApp({ ...base.deps, comments }) };
  [alice, bob, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
});
afterAll(() => t.close());

describe('editing a comment', () => {
  it('when the author edits inside the window, then it is 200 with the new text, editedAt and updatedAt', async () => {
    const { body } = await alice.post('/api/comments', { text: 'Frist!' }).expect(201);
    clock.now += 60_000;
    const res = await alice.patch(`/api/comments/${body.id}`, { text: ' First! ' }).expect(200);
    expect(res.body).toMatchObject({
      id: body.id,
      text: 'First!',
      html: '<p>First!</p>',
      createdAt: body.createdAt,
      editedAt: new Date(clock.now).toISOString(),
      updatedAt: new Date(clock.now).toISOString(),
    });
    expect((await bob.get(`/api/comments/${body.id}`)).body).toEqual(res.body);
  });

  it('when the window has passed, then it is 403 edit_window_closed and the text stays', async () => {
    const { body } = await alice.post('/api/comments', { text: 'Too late' }).expect(201);
    clock.now += (WINDOW_SECONDS - 1) * 1000;
    await alice.patch(`/api/comments/${body.id}`, { text: 'Just in time' }).expect(200);
    clock.now += 2000;
    const res = await alice.patch(`/api/comments/${body.id}`, { text: 'Too late now' });
    expect([res.status, res.body.error.code]).toEqual([403, 'edit_window_closed']);
    expect((await bob.get(`/api/comments/${body.id}`)).body.text).toBe('Just in time');
  });

  it('when someone else or a moderator edits, then it is 403 forbidden, inside the window too', async () => {
    const { body } = await alice.post('/api/comments', { text: 'Mine' }).expect(201);
    for (const who of [bob, moderator]) {
      const res = await who.patch(`/api/comments/${body.id}`, { text: 'Theirs' });
      expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
    }
    expect((await bob.get(`/api/comments/${body.id}`)).body.text).toBe('Mine');
  });

  it('when a reply is edited, then it stays a reply of its thread', async () => {
    const top = (await alice.post('/api/comments', { text: 'Top' })).body;
    const reply = (await bob.post('/api/comments', { text: 'Re', parentId: top.id })).body;
    const res = await bob.patch(`/api/comments/${reply.id}`, { text: 'Re: edited' }).expect(200);
    expect(res.body).toMatchObject({ parentId: top.id, text: 'Re: edited' });
    const replies = await alice.get(`/api/comments/${top.id}/replies`).expect(200);
    expect(replies.body.items[0].text).toBe('Re: edited');
  });

  it('when the text is invalid or the id unknown, then it is 400 or 404', async () => {
    const { body } = await alice.post('/api/comments', { text: 'Valid' }).expect(201);
    const empty = await alice.patch(`/api/comments/${body.id}`, { text: '   ' });
    expect([empty.status, empty.body.error.code]).toEqual([400, 'validation_error']);
    await alice.patch('/api/comments/01JZZZZZZZZZZZZZZZZZZZZZZZ', { text: 'x' }).expect(404);
    await alice.patch('/api/comments/not-an-id', { text: 'x' }).expect(404);
  });

  it('when the comment was hidden meanwhile, then the edit is 404 and brings nothing back', async () => {
    const { body } = await alice.post('/api/comments', { text: 'Soon hidden' }).expect(201);
    await moderator.del(`/api/comments/${body.id}`).expect(204);
    await alice.patch(`/api/comments/${body.id}`, { text: 'Resurrected?' }).expect(404);
    await bob.get(`/api/comments/${body.id}`).expect(404);
    const copy = await moderator.get(`/api/comments/${body.id}`).expect(200);
    expect(copy.body).toMatchObject({ hidden: true, text: 'Soon hidden' });
  });
});
