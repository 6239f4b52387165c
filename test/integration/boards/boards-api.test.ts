import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let member: ApiCaller;
let moderator: ApiCaller;

const BOARD_FIELDS = [
  'slug',
  'title',
  'description',
  'visibility',
  'commentCount',
  'lastCommentAt',
  'createdAt',
];

beforeAll(async () => {
  t = await createTestApp();
  [member, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
});
afterAll(() => t.close());

describe('boards API', () => {
  it('when nothing was ever posted, then board main exists and is listed', async () => {
    const list = await member.get('/api/boards').expect(200);
    expect(list.body.items.map((b: { slug: string }) => b.slug)).toEqual(['main']);
    const main = await member.get('/api/boards/main').expect(200);
    expect(Object.keys(main.body)).toEqual(BOARD_FIELDS);
    expect(main.body).toMatchObject({ slug: 'main', commentCount: 0, lastCommentAt: null });
  });

  it('when a moderator creates a board, then it is 201 with Location and exactly the Board fields', async () => {
    const res = await moderator
      .post('/api/boards', { slug: 'help-desk', title: ' Help desk ', description: 'Ask here' })
      .expect(201);
    expect(res.headers.location).toBe('/api/boards/help-desk');
    expect(Object.keys(res.body)).toEqual(BOARD_FIELDS);
    expect(res.body).toMatchObject({
      slug: 'help-desk',
      title: 'Help desk',
      description: 'Ask here',
      visibility: 'members',
      commentCount: 0,
      lastCommentAt: null,
    });
    const read = await member.get(res.headers.location).expect(200);
    expect(read.body).toEqual(res.body);
  });

  it('when a member creates a board, then it is 403 forbidden and no board exists', async () => {
    const res = await member.post('/api/boards', { slug: 'members-only', title: 'Mine' });
    expect([res.status, res.body.error.code]).toEqual([403, 'forbidden']);
    await member.get('/api/boards/members-only').expect(404);
  });

  it('when the slug is taken, then it is 409 board_exists and the first board is unchanged', async () => {
    await moderator.post('/api/boards', { slug: 'taken', title: 'First' }).expect(201);
    const res = await moderator.post('/api/boards', { slug: 'taken', title: 'Second' });
    expect([res.status, res.body.error.code]).toEqual([409, 'board_exists']);
    expect((await member.get('/api/boards/taken')).body.title).toBe('First');
  });

  it('when main is created by hand, then it is 409: main always exists', async () => {
    await member.get('/api/boards/main').expect(200);
    const res = await moderator.post('/api/boards', { slug: 'main', title: 'Another main' });
    expect([res.status, res.body.error.code]).toEqual([409, 'board_exists']);
  });

  it('when every field is invalid, then one 400 validation_error names each of them', async () => {
    const res = await moderator.post('/api/boards', {
      slug: 'Not A Slug',
      title: '',
      description: 'x'.repeat(301),
      visibility: 'secret',
    });
    expect([res.status, res.body.error.code]).toEqual([400, 'validation_error']);
    for (const field of ['slug', 'title', 'description', 'visibility']) {
      expect(res.body.error.message).toContain(field);
    }
  });

  it('when a slug is unknown or malformed, then GET is 404', async () => {
    await member.get('/api/boards/no-such-board').expect(404);
    await member.get('/api/boards/UPPER%23case').expect(404);
  });

  it('when no token is sent, then creating a board is 401 (listing shows public boards only)', async () => {
    const listed = await request(t.app).get('/api/boards').expect(200);
    expect(listed.body.items.every((b: { visibility: string }) => b.visibility === 'public')).toBe(
      true,
    );
    await request(t.app).post('/api/boards').send({ slug: 'x', title: 'x' }).expect(401);
  });

  it('when boards have activity, then the list is newest activity first', async () => {
    await moderator.post('/api/boards', { slug: 'quiet', title: 'Quiet' }).expect(201);
    await moderator.post('/api/boards', { slug: 'busy', title: 'Busy' }).expect(201);
    await member.post('/api/boards/quiet/comments', { text: 'first word' }).expect(201);
    const list = await member.get('/api/boards').expect(200);
    const slugs = list.body.items.map((b: { slug: string }) => b.slug);
    expect(slugs[0]).toBe('quiet');
    expect(slugs.indexOf('busy')).toBeLessThan(slugs.indexOf('taken'));
    const quiet = list.body.items[0];
    expect(quiet.commentCount).toBe(1);
    expect(quiet.lastCommentAt).toMatch(/^\d{4}-/);
  });
});
