import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let bob: ApiCaller;
let carol: ApiCaller;
let moderator: ApiCaller;

interface QueueItem {
  comment: { id: string; text: string; html: string; parentId: string | null };
  reports: number;
  reasons: string[];
  lastReportedAt: string;
}

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, carol, moderator] = await Promise.all([
    apiCaller(t),
    apiCaller(t),
    apiCaller(t),
    apiCaller(t, ['moderators']),
  ]);
  await moderator.post('/api/boards', { slug: 'reported', title: 'Reported' }).expect(201);
});
afterAll(() => t.close());

const post = async (by: ApiCaller, body: object = { text: 'some *words*' }) =>
  (await by.post('/api/boards/reported/comments', body).expect(201)).body.id as string;
const report = (by: ApiCaller, id: string, reason: unknown = 'spam') =>
  by.post(`/api/comments/${id}/report`, { reason });
const queue = async (cursor?: string): Promise<{ items: QueueItem[]; nextCursor: string | null }> =>
  (await moderator.get(`/api/moderation/reports${cursor ? `?cursor=${cursor}` : ''}`).expect(200))
    .body;
const entryOf = async (id: string) => (await queue()).items.find((i) => i.comment.id === id);

describe('reporting a comment', () => {
  it('when a user reports a comment, then 202 and the queue lists it with its count, reason and time', async () => {
    const id = await post(alice);

    const res = await report(bob, id, '  It is spam  ');

    expect(res.status).toBe(202);
    const entry = await entryOf(id);
    expect(entry).toMatchObject({ reports: 1, reasons: ['It is spam'] });
    expect(entry!.comment).toMatchObject({ id, text: 'some *words*', parentId: null });
    expect(entry!.comment.html).toContain('<em>words</em>');
    expect(Date.parse(entry!.lastReportedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('when the same user reports a comment twice, then both are 202 and it counts once', async () => {
    const id = await post(alice);

    await report(bob, id, 'first').expect(202);
    await report(bob, id, 'second').expect(202);

    expect(await entryOf(id)).toMatchObject({ reports: 1, reasons: ['first'] });
  });

  it('when three users report one comment, then it counts three, newest reason first', async () => {
    const id = await post(alice);

    await report(bob, id, 'one').expect(202);
    await report(carol, id, 'two').expect(202);
    await report(moderator, id, 'three').expect(202);

    expect(await entryOf(id)).toMatchObject({ reports: 3, reasons: ['three', 'two', 'one'] });
  });

  it('when users report a comment at the same moment, then every report counts once', async () => {
    const id = await post(alice);
    const reporters = await Promise.all(Array.from({ length: 6 }, () => apiCaller(t)));

    await Promise.all(reporters.map((r, i) => report(r, id, `reason ${i}`).expect(202)));

    const entry = await entryOf(id);
    expect(entry!.reports).toBe(6);
    expect(entry!.reasons.length).toBeGreaterThan(0);
  });

  it('when a reply is reported, then the queue shows the reply', async () => {
    const top = await post(alice);
    const reply = await post(alice, { text: 'a reply', parentId: top });

    await report(bob, reply).expect(202);

    expect((await entryOf(reply))!.comment).toMatchObject({ text: 'a reply', parentId: top });
  });

  it.each([
    ['no reason', undefined],
    ['an empty reason', '   '],
    ['a reason of 501 characters', 'x'.repeat(501)],
    ['a reason that is not text', 42],
  ])('when the body has %s, then 400 validation_error names the field', async (_name, reason) => {
    const id = await post(alice);
    const res = await bob.post(
      `/api/comments/${id}/report`,
      reason === undefined ? {} : { reason },
    );
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_error' });
    expect(res.body.error.message).toContain('reason');
  });

  it('when the reason has 500 characters, then it is accepted', async () => {
    const id = await post(alice);
    await report(bob, id, 'é'.repeat(500)).expect(202);
  });

  it('when a user reports their own comment, then 403 own_comment', async () => {
    const id = await post(alice);
    const res = await report(alice, id);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('own_comment');
  });

  it('when the comment is unknown, malformed or hidden, then 404', async () => {
    const hidden = await post(alice);
    await moderator.del(`/api/comments/${hidden}`).expect(204);

    for (const id of ['01ARZ3NDEKTSV4RRFFQ69G5FAV', 'nope', hidden]) {
      const res = await report(bob, id);
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
  });

  it('when signed out, then reporting, listing and dismissing are 401', async () => {
    const id = await post(alice);
    await request(t.app).post(`/api/comments/${id}/report`).send({ reason: 'x' }).expect(401);
    await request(t.app).get('/api/moderation/reports').expect(401);
    await request(t.app).post(`/api/moderation/reports/${id}/dismiss`).expect(401);
  });

  it('when the reporter is banned, then 403 banned and nothing is counted', async () => {
    const id = await post(alice);
    const mallory = await apiCaller(t);
    const name = (await mallory.get('/api/me').expect(200)).body.username as string;
    await moderator.post('/api/moderation/bans', { username: name, reason: 'x' }).expect(201);

    const res = await report(mallory, id);

    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('banned');
    expect(await entryOf(id)).toBeUndefined();
  });
});

describe('the moderation queue', () => {
  it('when a member asks for the queue or a dismissal, then 403 forbidden', async () => {
    const id = await post(alice);
    await report(bob, id).expect(202);
    const list = await bob.get('/api/moderation/reports');
    const dismiss = await bob.post(`/api/moderation/reports/${id}/dismiss`);
    expect([list.status, list.body.error.code]).toEqual([403, 'forbidden']);
    expect([dismiss.status, dismiss.body.error.code]).toEqual([403, 'forbidden']);
  });

  it('when an older comment is reported again, then it moves to the top of the queue', async () => {
    const older = await post(alice);
    const newer = await post(alice);
    await report(bob, older).expect(202);
    await report(bob, newer).expect(202);
    expect((await queue()).items.slice(0, 2).map((i) => i.comment.id)).toEqual([newer, older]);

    await report(carol, older).expect(202);

    const ids = (await queue()).items.map((i) => i.comment.id);
    expect(ids.slice(0, 2)).toEqual([older, newer]);
    expect(ids.filter((id) => id === older)).toHaveLength(1);
  });

  it('when a moderator dismisses a comment, then 204, it leaves the queue, and again is 404', async () => {
    const id = await post(alice);
    await report(bob, id).expect(202);

    await moderator.post(`/api/moderation/reports/${id}/dismiss`).expect(204);

    expect(await entryOf(id)).toBeUndefined();
    const again = await moderator.post(`/api/moderation/reports/${id}/dismiss`);
    expect([again.status, again.body.error.code]).toEqual([404, 'not_found']);
  });

  it('when a dismissed comment is reported by someone new, then it is back with a fresh count', async () => {
    const id = await post(alice);
    await report(bob, id, 'old').expect(202);
    await moderator.post(`/api/moderation/reports/${id}/dismiss`).expect(204);

    await report(bob, id, 'repeat').expect(202);
    expect(await entryOf(id)).toBeUndefined();
    await report(carol, id, 'new').expect(202);

    expect(await entryOf(id)).toMatchObject({ reports: 1, reasons: ['new'] });
  });

  it('when an unknown or malformed comment is dismissed, then 404', async () => {
    const never = await post(alice);
    for (const id of [never, 'nope']) {
      const res = await moderator.post(`/api/moderation/reports/${id}/dismiss`);
      expect(res.status).toBe(404);
    }
  });

  it('when a reported comment is hidden with the existing delete, then it leaves the queue', async () => {
    const id = await post(alice);
    await report(bob, id).expect(202);

    await moderator.del(`/api/comments/${id}`).expect(204);

    expect(await entryOf(id)).toBeUndefined();
    const dismissed = await moderator.post(`/api/moderation/reports/${id}/dismiss`);
    expect(dismissed.status).toBe(404);
  });

  it('when more comments are reported than a page holds, then nextCursor leads to the rest, newest first', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 22; i += 1) ids.push(await post(alice, { text: `page ${i}` }));
    for (const id of ids) await report(carol, id).expect(202);

    const first = await queue();
    expect(first.items).toHaveLength(20);
    expect(first.items.slice(0, 3).map((i) => i.comment.id)).toEqual(ids.slice(-3).reverse());
    const second = await queue(first.nextCursor!);
    const seen = [...first.items, ...second.items].map((i) => i.comment.id);
    expect(seen.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    expect(new Set(seen).size).toBe(seen.length);
  });

  it.each([
    ['garbage!'],
    ['e30'],
    [Buffer.from('{"v":1,"b":"main","id":"x"}').toString('base64url')],
  ])('when the cursor is %s, then 400 invalid_cursor', async (cursor) => {
    const res = await moderator.get(`/api/moderation/reports?cursor=${cursor}`);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_cursor');
  });
});
