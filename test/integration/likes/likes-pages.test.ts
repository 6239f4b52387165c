import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let authorApi: ApiCaller;
let fan: SignedInAgent;
const SLUG = 'like-pages';
let top: string;
let reply: string;

/** The like form of comment `id` on a page, or undefined when the page shows none. */
const likeFormOf = (html: string, id: string) => {
  const form = new RegExp(
    `<form class="like" method="post" action="/b/${SLUG}/c/${id}/like">([\\s\\S]*?)</form>`,
  ).exec(html);
  if (!form) return undefined;
  return {
    liked: /name="liked" value="(true|false)"/.exec(form[1])![1],
    pressed: /aria-pressed="(true|false)"/.exec(form[1])![1],
    count: /· (\d+) likes?</.exec(form[1])![1],
  };
};
const sendLike = (who: SignedInAgent, id: string, fields: Record<string, string>) =>
  who.agent
    .post(`/b/${SLUG}/c/${id}/like`)
    .type('form')
    .send({ _csrf: who.csrfToken, ...fields });

beforeAll(async () => {
  t = await createTestApp();
  const f = await createConfirmedUser(t);
  const moderator = await apiCaller(t, ['moderators']);
  await moderator
    .post('/api/boards', { slug: SLUG, title: 'Likes', visibility: 'public' })
    .expect(201);
  [fan, authorApi] = await Promise.all([signInAgent(t, f.username, f.password), apiCaller(t)]);
  top = (await authorApi.post(`/api/boards/${SLUG}/comments`, { text: 'Like me' })).body.id;
  reply = (await authorApi.post(`/api/boards/${SLUG}/comments`, { text: 'Me too', parentId: top }))
    .body.id;
});
afterAll(() => t.close());

describe('likes on pages', () => {
  it('when a reader likes a comment from the board page, then it comes back to it, pressed, counted', async () => {
    const before = await fan.agent.get(`/b/${SLUG}`).expect(200);
    expect(likeFormOf(before.text, top)).toEqual({ liked: 'true', pressed: 'false', count: '0' });

    const res = await sendLike(fan, top, { liked: 'true', back: `/b/${SLUG}` });
    expect([res.status, res.headers.location]).toEqual([303, `/b/${SLUG}#comment-${top}`]);

    const after = await fan.agent.get(`/b/${SLUG}`).expect(200);
    expect(likeFormOf(after.text, top)).toEqual({ liked: 'false', pressed: 'true', count: '1' });
    expect((await authorApi.get(`/api/comments/${top}`)).body.likes).toBe(1);
  });

  it('when the reader unlikes it from the thread page, then the count drops and the button is not pressed', async () => {
    const thread = await fan.agent.get(`/b/${SLUG}/c/${top}`).expect(200);
    expect(likeFormOf(thread.text, top)).toMatchObject({ liked: 'false', pressed: 'true' });
    const res = await sendLike(fan, top, { liked: 'false', back: `/b/${SLUG}/c/${top}` });
    expect(res.headers.location).toBe(`/b/${SLUG}/c/${top}#comment-${top}`);
    const after = await fan.agent.get(`/b/${SLUG}/c/${top}`).expect(200);
    expect(likeFormOf(after.text, top)).toEqual({ liked: 'true', pressed: 'false', count: '0' });
  });

  it('when a reply is liked twice (a double submit), then it counts once', async () => {
    await sendLike(fan, reply, { liked: 'true' }).expect(303);
    const again = await sendLike(fan, reply, { liked: 'true' });
    expect(again.headers.location).toBe(`/b/${SLUG}/c/${reply}#comment-${reply}`);
    const thread = await fan.agent.get(`/b/${SLUG}/c/${top}`).expect(200);
    expect(likeFormOf(thread.text, reply)).toEqual({ liked: 'false', pressed: 'true', count: '1' });
  });

  it('when the form names a way back off this site, then it goes to the thread instead', async () => {
    const res = await sendLike(fan, top, { liked: 'false', back: '//evil.example/x' });
    expect(res.headers.location).toBe(`/b/${SLUG}/c/${top}#comment-${top}`);
  });

  it('when the author sees their own comment, then it has no button; a like sent anyway is a 403 page in words', async () => {
    const a = await createConfirmedUser(t);
    const me = await signInAgent(t, a.username, a.password);
    const mine = await me.agent
      .post(`/b/${SLUG}`)
      .type('form')
      .send({ _csrf: me.csrfToken, text: 'My own words' })
      .expect(303);
    const page = await me.agent.get(mine.headers.location).expect(200);
    const id = /id="comment-([0-9A-Z]{26})"/.exec(page.text)![1];
    expect(page.text).not.toContain(`/c/${id}/like"`);
    const res = await sendLike(me, id, { liked: 'true' });
    expect(res.status).toBe(403);
    expect(res.text).toContain('You cannot like your own comment');
  });

  it('when signed out, then the count shows without a button', async () => {
    await sendLike(fan, top, { liked: 'true' }).expect(303);
    const page = await request(t.app).get(`/b/${SLUG}`).expect(200);
    expect(likeFormOf(page.text, top)).toBeUndefined();
    expect(page.text).toContain('<p class="like__count muted">1 like</p>');
  });
});
