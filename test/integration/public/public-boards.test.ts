import request from 'supertest';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { tamperPayload } from '../../helpers/jwt-factory';
import { cookieHeader } from '../../helpers/set-cookies';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let moderator: ApiCaller;
let member: ApiCaller;
let memberPages: SignedInAgent;
let open: string;
let closed: string;
let openTop: string;
let openReply: string;
let closedTop: string;

const anon = () => request(t.app);
const PUBLIC_CACHE = /^public, max-age=\d+, s-maxage=\d+$/;

beforeAll(async () => {
  t = await createTestApp();
  const user = await createConfirmedUser(t);
  [moderator, member, memberPages] = await Promise.all([
    apiCaller(t, ['moderators']),
    apiCaller(t),
    signInAgent(t, user.username, user.password),
  ]);
  const stamp = Date.now().toString(36);
  open = `open-${stamp}`;
  closed = `closed-${stamp}`;
  await moderator
    .post('/api/boards', { slug: open, title: 'Open house', visibility: 'public' })
    .expect(201);
  await moderator.post('/api/boards', { slug: closed, title: 'Back room' }).expect(201);
  openTop = (await member.post(`/api/boards/${open}/comments`, { text: 'Hello world' })).body.id;
  openReply = (
    await moderator.post(`/api/boards/${open}/comments`, { text: 'Hi back', parentId: openTop })
  ).body.id;
  closedTop = (await member.post(`/api/boards/${closed}/comments`, { text: 'Secret' })).body.id;
});
afterAll(() => t.close());

describe('public boards over the API, signed out', () => {
  it('when a moderator creates a public board, then its Board JSON says visibility public', async () => {
    const res = await anon().get(`/api/boards/${open}`).expect(200);
    expect(res.body).toMatchObject({ slug: open, visibility: 'public', commentCount: 2 });
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('when signed out, then the board, its comments, a comment and its replies can be read', async () => {
    const list = await anon().get(`/api/boards/${open}/comments`).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([openTop]);
    expect(list.body.items[0]).toMatchObject({ likes: 0, likedByMe: false });
    const one = await anon().get(`/api/comments/${openTop}`).expect(200);
    expect(one.body).toMatchObject({ id: openTop, text: 'Hello world' });
    const replies = await anon().get(`/api/comments/${openTop}/replies`).expect(200);
    expect(replies.body.items.map((c: { id: string }) => c.id)).toEqual([openReply]);
    await anon().get(`/api/comments/${openReply}`).expect(200);
  });

  it('when signed out, then a members-only board, its comments, a comment and replies are 401', async () => {
    for (const path of [
      `/api/boards/${closed}`,
      `/api/boards/${closed}/comments`,
      `/api/comments/${closedTop}`,
      `/api/comments/${closedTop}/replies`,
      '/api/boards/main',
      '/api/comments',
      `/api/boards/${closed}/comments?cursor=not-a-cursor`,
      `/api/comments/${closedTop}/replies?cursor=not-a-cursor`,
    ]) {
      const res = await anon().get(path);
      expect([path, res.status, res.body.error?.code]).toEqual([path, 401, 'unauthorized']);
    }
  });

  it('when signed out, then unknown boards and comments are 401 too, like members-only ones', async () => {
    for (const path of [
      '/api/boards/no-such-board',
      '/api/boards/no-such-board/comments',
      '/api/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV',
      '/api/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/replies',
    ]) {
      expect([path, (await anon().get(path)).status]).toEqual([path, 401]);
    }
  });

  it('when signed out, then a hidden comment of a public board is 404, as signed in', async () => {
    const id = (await member.post(`/api/boards/${open}/comments`, { text: 'Oops' })).body.id;
    await moderator.del(`/api/comments/${id}`).expect(204);
    const res = await anon().get(`/api/comments/${id}`);
    expect([res.status, res.body.error.code]).toEqual([404, 'not_found']);
    await member.get(`/api/comments/${id}`).expect(404);
  });

  it('when signed out, then posting, replying and liking on a public board are 401', async () => {
    const post = await anon().post(`/api/boards/${open}/comments`).send({ text: 'Me too' });
    expect(post.status).toBe(401);
    const reply = await anon()
      .post(`/api/boards/${open}/comments`)
      .send({ text: 'Me too', parentId: openTop });
    expect(reply.status).toBe(401);
    expect((await anon().put(`/api/comments/${openTop}/like`)).status).toBe(401);
    expect((await anon().delete(`/api/comments/${openTop}/like`)).status).toBe(401);
    const after = await member.get(`/api/boards/${open}`).expect(200);
    expect(after.body.commentCount).toBe(2);
  });

  it('when signed out, then GET /api/boards lists the public boards only; signed in, every board', async () => {
    const out = await anon().get('/api/boards').expect(200);
    const outSlugs = out.body.items.map((b: { slug: string }) => b.slug);
    expect(outSlugs).toContain(open);
    expect(outSlugs).not.toContain(closed);
    expect(outSlugs).not.toContain('main');
    const inSlugs = (await member.get('/api/boards').expect(200)).body.items.map(
      (b: { slug: string }) => b.slug,
    );
    expect(inSlugs).toEqual(expect.arrayContaining([open, closed, 'main']));
  });

  it('when a request carries an invalid bearer token, then a public board is 401, never served as anonymous', async () => {
    const bad = tamperPayload(member.token, { username: 'someone-else' });
    for (const auth of [`Bearer ${bad}`, 'Bearer not-a-jwt', 'Basic dXNlcjpwYXNz', 'Bearer']) {
      for (const path of [`/api/boards/${open}`, `/api/boards/${open}/comments`, '/api/boards']) {
        const res = await anon().get(path).set('Authorization', auth);
        expect([auth, path, res.status]).toEqual([auth, path, 401]);
      }
    }
  });

  it('when signed in, then members-only boards read as before', async () => {
    await member.get(`/api/boards/${closed}`).expect(200);
    await member.get(`/api/comments/${closedTop}`).expect(200);
    await member.get('/api/boards/no-such-board').expect(404);
  });
});

describe('visibility of boards', () => {
  it('when a board item has no visibility (made before it existed), then it is members-only', async () => {
    const slug = `legacy-${Date.now().toString(36)}`;
    const item = { board: 'meta#boards', id: slug, title: 'Old', description: '', commentCount: 0 };
    await t.dynamoAdmin.send(
      new PutItemCommand({ TableName: t.config.commentsTable, Item: marshall(item) }),
    );
    expect((await member.get(`/api/boards/${slug}`).expect(200)).body.visibility).toBe('members');
    expect((await anon().get(`/api/boards/${slug}`)).status).toBe(401);
  });

  it('when a moderator creates a board with the page form choosing "Everyone", then it is public and readable signed out', async () => {
    const mod = await createConfirmedUser(t, { groups: ['moderators'] });
    const pages = await signInAgent(t, mod.username, mod.password);
    const form = await pages.agent.get('/').expect(200);
    expect(form.text).toContain('name="visibility" value="public"');
    const slug = `form-${Date.now().toString(36)}`;
    const res = await pages.agent
      .post('/boards')
      .type('form')
      .send({ _csrf: pages.csrfToken, slug, title: 'By form', visibility: 'public' });
    expect([res.status, res.headers.location]).toEqual([303, `/b/${slug}`]);
    expect((await anon().get(`/api/boards/${slug}`).expect(200)).body.visibility).toBe('public');
    await anon().get(`/b/${slug}`).expect(200);
  });
});

describe('public boards as pages', () => {
  it('when signed out, then the board page is shown, cacheable, with "Sign in to comment" and no form', async () => {
    const res = await anon().get(`/b/${open}`).expect(200);
    expect(res.text).toContain('Hello world');
    expect(res.text).toContain(`href="/login?next=${encodeURIComponent(`/b/${open}`)}"`);
    expect(res.text).toContain('Sign in to comment');
    expect(res.text).not.toContain('id="compose-form" novalidate');
    expect(res.text).not.toContain('name="_csrf"');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toMatch(PUBLIC_CACHE);
    expect(res.headers.vary).toMatch(/Cookie/);
  });

  it('when signed out, then the thread page is shown, cacheable, with "Sign in to comment"', async () => {
    const res = await anon().get(`/b/${open}/c/${openTop}`).expect(200);
    expect(res.text).toContain('Hi back');
    expect(res.text).toContain('Sign in to comment');
    expect(res.text).not.toContain('name="_csrf"');
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.headers['cache-control']).toMatch(PUBLIC_CACHE);
  });

  it('when signed out, then members-only, unknown and main pages redirect to sign-in, uncached', async () => {
    for (const path of [
      `/b/${closed}`,
      `/b/${closed}/c/${closedTop}`,
      '/b/no-such-board',
      `/b/${closed}?cursor=not-a-cursor`,
      `/b/${open}/c/01ARZ3NDEKTSV4RRFFQ69G5FAV`.replace(open, 'no-such-board'),
      '/comments',
    ]) {
      const res = await anon().get(path);
      expect([path, res.status, res.headers.location]).toEqual([
        path,
        303,
        `/login?next=${encodeURIComponent(path)}`,
      ]);
      expect(res.headers['cache-control']).toBe('private, no-store');
    }
  });

  it('when signed out, then the board index lists public boards only, cacheable, without "New board"', async () => {
    const res = await anon().get('/').expect(200);
    expect(res.text).toContain('Open house');
    expect(res.text).not.toContain('Back room');
    expect(res.text).toContain('Sign in</a> to see every board');
    expect(res.headers['cache-control']).toMatch(PUBLIC_CACHE);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('when signed in, then the same pages are private, no-store and have the form', async () => {
    for (const path of ['/', `/b/${open}`, `/b/${open}/c/${openTop}`]) {
      const res = await memberPages.agent.get(path).expect(200);
      expect([path, res.headers['cache-control']]).toEqual([path, 'private, no-store']);
    }
    const board = await memberPages.agent.get(`/b/${open}`);
    expect(board.text).not.toContain('Sign in to comment');
    expect((await memberPages.agent.get('/')).text).toContain('Back room');
  });

  it('when a request carries an invalid session cookie (no refresh), then a public page redirects to sign-in', async () => {
    const bad = tamperPayload(member.token, { username: 'someone-else' });
    const sent: Record<string, string>[] = [
      { session: bad },
      { session: 'garbage' },
      { refresh: 'garbage' },
    ];
    for (const cookies of sent) {
      for (const path of [`/b/${open}`, `/b/${open}/c/${openTop}`, '/']) {
        const res = await anon().get(path).set('Cookie', cookieHeader(cookies));
        expect([path, res.status]).toEqual([path, 303]);
        expect(res.headers.location).toBe(`/login?next=${encodeURIComponent(path)}`);
        expect(res.headers['cache-control']).toBe('private, no-store');
      }
    }
  });

  it('when signed out, then posting or liking by form on a public board is refused and stores nothing', async () => {
    const post = await anon().post(`/b/${open}`).type('form').send({ text: 'Sneaky' });
    expect(post.status).toBe(403); // no session and no form token: the CSRF refusal, as before
    const like = await anon().post(`/b/${open}/c/${openTop}/like`).type('form').send({});
    expect([like.status, like.headers.location]).toEqual([
      303,
      `/login?next=${encodeURIComponent(`/b/${open}/c/${openTop}/like`)}`,
    ]);
    const after = await member.get(`/api/comments/${openTop}`).expect(200);
    expect(after.body.likes).toBe(0);
    expect((await member.get(`/api/boards/${open}`)).body.commentCount).toBe(2);
  });
});
