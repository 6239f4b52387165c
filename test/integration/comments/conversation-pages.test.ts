import request from 'supertest';
import {
  apiTokens,
  createConfirmedUser,
  signInAgent,
  type SignedInAgent,
} from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;

/** One person, signed in twice: a browser without JavaScript (pages) and an API client. */
interface Person extends SignedInAgent {
  api(method: 'get' | 'post' | 'delete', path: string, body?: object): request.Test;
}
async function person(groups: string[] = []): Promise<Person> {
  const user = await createConfirmedUser(t, { groups });
  const pages = await signInAgent(t, user.username, user.password);
  const { accessToken } = await apiTokens(t, user.username, user.password);
  return {
    agent: pages.agent,
    get csrfToken() {
      return pages.csrfToken;
    },
    api: (method, path, body) =>
      request(t.app)[method](path).set('Authorization', `Bearer ${accessToken}`).send(body),
  };
}
const formKeyOf = (html: string) => /name="idempotencyKey" value="([^"]+)"/.exec(html)![1];
const send = (who: Person, path: string, fields: Record<string, string>) =>
  who.agent
    .post(path)
    .type('form')
    .send({ _csrf: who.csrfToken, ...fields });
const idsOn = (html: string) => [...html.matchAll(/id="comment-([0-9A-Z]{26})"/g)].map((m) => m[1]);
const linkTo = (html: string, text: string) =>
  new RegExp(`href="([^"]+)"[^>]*>${text}</a>`).exec(html)?.[1].replaceAll('&amp;', '&');

let alice: Person;
let bob: Person;
let moderator: Person;
let boardCount = 0;
/** A new board (through the API) for one test, so tests never see each other's comments. */
async function newBoard(title = 'Help desk'): Promise<string> {
  const slug = `b${Date.now().toString(36)}-${(boardCount += 1)}`;
  await moderator.api('post', '/api/boards', { slug, title, description: `About ${title}` });
  return slug;
}
async function apiPost(who: Person, slug: string, text: string, parentId?: string) {
  const res = await who.api('post', `/api/boards/${slug}/comments`, { text, parentId });
  expect(res.status).toBe(201);
  return res.body as { id: string; parentId: string | null };
}

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, moderator] = await Promise.all([person(), person(), person(['moderators'])]);
});
afterAll(() => t.close());

describe('the board index', () => {
  it('when a member opens /, then each board shows its link, description, count and last activity, newest activity first', async () => {
    const quiet = await newBoard('Quiet corner');
    const busy = await newBoard('Busy corner');
    await apiPost(alice, busy, 'first');
    await apiPost(alice, busy, 'second');

    const res = await alice.agent.get('/');

    expect(res.status).toBe(200);
    expect(res.text).toContain(`<a href="/b/${busy}">Busy corner</a>`);
    expect(res.text).toContain('About Busy corner');
    const busyItem = res.text.slice(res.text.indexOf(`id="board-${busy}"`));
    expect(busyItem).toMatch(
      /2 comments\s*·\s*last comment <time datetime="[^"]+"[^>]*>just now<\/time>/,
    );
    expect(res.text.indexOf(`id="board-${busy}"`)).toBeLessThan(
      res.text.indexOf(`id="board-${quiet}"`),
    );
    expect(res.text).toContain('<a href="/comments">Main board</a>');
    expect(res.text).not.toContain('New board');
  });

  it('when a moderator sends the new-board form with every field wrong, then all errors show next to their fields with the typed values', async () => {
    const page = await moderator.agent.get('/');
    expect(page.text).toContain('<h2 id="create-board-heading">New board</h2>');

    const res = await send(moderator, '/boards', {
      slug: 'Not A Slug!',
      title: '',
      description: 'd'.repeat(301),
      visibility: 'secret',
    });

    expect(res.status).toBe(400);
    for (const field of ['slug', 'title', 'description', 'visibility']) {
      expect(res.text).toContain(`id="new-board-${field}-error"`);
    }
    expect(res.text).toContain('value="Not A Slug!"');
    expect(res.text).toContain('Choose an address of 1 to 40 lower-case letters');
    expect(res.text).not.toMatch(/validation_error|slug must be/);
  });

  it('when a moderator creates a board, then it opens; the same address again says it is taken', async () => {
    const slug = `new-${Date.now().toString(36)}`;
    const fields = { slug, title: 'Fresh', description: 'Hello', visibility: 'members' };

    const made = await send(moderator, '/boards', fields);
    const again = await send(moderator, '/boards', { ...fields, title: 'Other' });

    expect([made.status, made.headers.location]).toEqual([303, `/b/${slug}`]);
    expect((await moderator.agent.get(`/b/${slug}`)).text).toContain(
      '<h1 id="post-title">Fresh</h1>',
    );
    expect(again.status).toBe(409);
    expect(again.text).toContain('A board already has this address');
    expect(again.text).toContain('value="Other"');
  });

  it('when a member posts the new-board form, then it is a 403 page and no board is made', async () => {
    const slug = `nope-${Date.now().toString(36)}`;
    const res = await send(alice, '/boards', { slug, title: 'Nope', visibility: 'members' });
    expect(res.status).toBe(403);
    expect((await alice.api('get', `/api/boards/${slug}`)).status).toBe(404);
  });
});

describe('a board page', () => {
  it('when a comment with Markdown is posted on /b/:slug, then 303 back and it shows rendered with its author', async () => {
    const slug = await newBoard();
    const page = await alice.agent.get(`/b/${slug}`);

    const res = await send(alice, `/b/${slug}`, {
      text: 'See **this**: https://example.com/a',
      idempotencyKey: formKeyOf(page.text),
    });

    expect([res.status, res.headers.location]).toEqual([303, `/b/${slug}`]);
    const after = await bob.agent.get(`/b/${slug}`);
    expect(after.text).toContain(
      '<div class="comment__body"><p>See <strong>this</strong>: <a href="https://example.com/a" rel="nofollow ugc noopener noreferrer">https://example.com/a</a></p></div>',
    );
    expect(after.text).toContain('<span class="comment__author">');
  });

  it('when /b/main is opened, then it redirects to /comments with its query', async () => {
    const res = await alice.agent.get('/b/main?sort=oldest');
    expect([res.status, res.headers.location]).toEqual([301, '/comments?sort=oldest']);
  });

  it('when an unknown board is opened or posted to, then it is the 404 page', async () => {
    const get = await alice.agent.get('/b/no-such-board');
    const post = await send(alice, '/b/no-such-board', { text: 'hello' });
    expect([get.status, post.status]).toEqual([404, 404]);
    expect(get.text).toMatch(/<h1[^>]*>/);
  });

  it('when sorted oldest first, then the order flips and the pager links carry the sort', async () => {
    const slug = await newBoard();
    for (let i = 0; i < 21; i += 1) await apiPost(alice, slug, `number ${i}`);

    const newest = await alice.agent.get(`/b/${slug}`);
    const oldest = await alice.agent.get(`/b/${slug}?sort=oldest`);

    expect(newest.text.indexOf('number 20')).toBeLessThan(newest.text.indexOf('number 19'));
    expect(oldest.text.indexOf('number 0<')).toBeLessThan(oldest.text.indexOf('number 1<'));
    expect(oldest.text).toMatch(
      /<a href="\/b\/[^"]+\?sort=oldest" aria-current="page">Oldest first/,
    );
    const later = linkTo(oldest.text, 'Later comments')!;
    expect(later).toMatch(new RegExp(`^/b/${slug}\\?sort=oldest&cursor=`));
    const second = await alice.agent.get(later);
    expect(second.status).toBe(200);
    expect(second.text).toContain('number 20');
    expect(second.text).not.toContain('number 0<');
    expect(oldest.text).toContain('<input type="hidden" name="sort" value="oldest">');
    const posted = await send(alice, `/b/${slug}`, { text: 'late', sort: 'oldest' });
    expect(posted.headers.location).toBe(`/b/${slug}?sort=oldest`);
  });

  it('when a comment has more replies than shown, then the newest show under it with a link to all of them; a deleted one is a placeholder', async () => {
    const slug = await newBoard();
    const top = await apiPost(alice, slug, 'top');
    for (let i = 0; i < 5; i += 1) await apiPost(bob, slug, `reply ${i}`, top.id);
    const gone = await apiPost(bob, slug, 'soon deleted');
    await apiPost(alice, slug, 'keeps it', gone.id);
    await bob.api('delete', `/api/comments/${gone.id}`).expect(204);

    const res = await alice.agent.get(`/b/${slug}`);

    expect(res.text).toContain('reply 4');
    expect(res.text).toContain(`<a href="/b/${slug}/c/${top.id}">View all 5 replies</a>`);
    const placeholder = res.text.slice(res.text.indexOf(`id="comment-${gone.id}"`));
    expect(placeholder).toMatch(/^[^]*?This comment was deleted/);
    const ownPart = placeholder.slice(0, placeholder.indexOf('<ol class="reply-list"'));
    expect(ownPart).toContain('This comment was deleted');
    expect(ownPart).not.toContain('comment__author');
  });
});

describe('preview', () => {
  it('when "Preview" is pressed, then the page shows the rendered text above the form, keeps the text and the form key, and stores nothing', async () => {
    const slug = await newBoard();
    const key = formKeyOf((await alice.agent.get(`/b/${slug}`)).text);

    const res = await send(alice, `/b/${slug}`, {
      text: 'Some *emphasis*',
      idempotencyKey: key,
      action: 'preview',
    });

    expect(res.status).toBe(200);
    expect(res.text).toContain('<div class="comment__body"><p>Some <em>emphasis</em></p></div>');
    expect(res.text.indexOf('id="preview-title"')).toBeLessThan(
      res.text.indexOf('<form method="post"'),
    );
    expect(res.text).toContain('>Some *emphasis*</textarea>');
    expect(formKeyOf(res.text)).toBe(key);
    const listed = await alice.api('get', `/api/boards/${slug}/comments`);
    expect(listed.body.items).toEqual([]);
    // The same form then posts once, however often it is sent.
    await send(alice, `/b/${slug}`, { text: 'Some *emphasis*', idempotencyKey: key }).expect(303);
    await send(alice, `/b/${slug}`, { text: 'Some *emphasis*', idempotencyKey: key }).expect(303);
    expect((await alice.api('get', `/api/boards/${slug}/comments`)).body.items).toHaveLength(1);
  });

  it('when "Preview" is pressed with no text or without the CSRF token, then it is refused like a post', async () => {
    const slug = await newBoard();
    const empty = await send(alice, `/b/${slug}`, { text: '  ', action: 'preview' });
    const forged = await alice.agent
      .post(`/b/${slug}`)
      .type('form')
      .send({ text: 'hi', action: 'preview' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Please write something before posting.');
    expect(forged.status).toBe(403);
  });
});

describe('the thread page', () => {
  it('when a thread is opened, then the comment and its replies show oldest first with a reply form that posts a reply', async () => {
    const slug = await newBoard();
    const top = await apiPost(alice, slug, 'question');
    const first = await apiPost(bob, slug, 'first answer', top.id);

    const page = await alice.agent.get(`/b/${slug}/c/${top.id}`);
    const res = await send(alice, `/b/${slug}/c/${top.id}`, {
      text: 'second answer',
      parentId: top.id,
      idempotencyKey: formKeyOf(page.text),
    });

    expect(page.status).toBe(200);
    expect(page.text).toContain(`<input type="hidden" name="parentId" value="${top.id}">`);
    expect(res.status).toBe(303);
    const replyId = /#comment-([0-9A-Z]{26})$/.exec(res.headers.location)![1];
    expect(res.headers.location).toBe(`/b/${slug}/c/${top.id}#comment-${replyId}`);
    const thread = await alice.agent.get(`/b/${slug}/c/${top.id}`);
    expect(idsOn(thread.text)).toEqual([top.id, first.id, replyId]);
    expect(thread.text).toContain('2 replies');
  });

  it('when "Reply" under a reply is followed and the form sent, then the reply is stored under the same thread', async () => {
    const slug = await newBoard();
    const top = await apiPost(alice, slug, 'question');
    const answer = await apiPost(bob, slug, 'answer', top.id);
    const thread = await alice.agent.get(`/b/${slug}/c/${top.id}`);
    const replyLink = new RegExp(`href="([^"]*replyTo=${answer.id}[^"]*)"`).exec(thread.text)![1];

    const form = await alice.agent.get(replyLink.replace(/#.*/, ''));
    const res = await send(alice, `/b/${slug}/c/${top.id}`, {
      text: 'thanks bob',
      parentId: answer.id,
      idempotencyKey: formKeyOf(form.text),
    });

    expect(form.text).toContain(`<input type="hidden" name="parentId" value="${answer.id}">`);
    expect(form.text).toMatch(/<h2 id="reply-title">Reply to user-/);
    expect(res.status).toBe(303);
    const replies = await alice.api('get', `/api/comments/${top.id}/replies`);
    expect(replies.body.items.map((c: { text: string }) => c.text)).toEqual([
      'answer',
      'thanks bob',
    ]);
    expect(replies.body.items[1].parentId).toBe(top.id);
  });

  it("when a reply's permalink is opened, then it redirects to its thread at the reply's anchor", async () => {
    const slug = await newBoard();
    const top = await apiPost(alice, slug, 'question');
    const answer = await apiPost(bob, slug, 'answer', top.id);

    const res = await alice.agent.get(`/b/${slug}/c/${answer.id}`);

    expect(res.status).toBe(301);
    expect(res.headers.location).toBe(`/b/${slug}/c/${top.id}#comment-${answer.id}`);
  });

  it('when a comment id is opened under the wrong board or is unknown, then it is the 404 page', async () => {
    const slug = await newBoard();
    const other = await newBoard();
    const top = await apiPost(alice, slug, 'question');

    const wrongBoard = await alice.agent.get(`/b/${other}/c/${top.id}`);
    const unknown = await alice.agent.get(`/b/${slug}/c/01ARZ3NDEKTSV4RRFFQ69G5FAV`);

    expect([wrongBoard.status, unknown.status]).toEqual([404, 404]);
  });

  it('when a reply is empty, then the thread comes back 400 with the error next to the text and the reply target kept', async () => {
    const slug = await newBoard();
    const top = await apiPost(alice, slug, 'question');
    const answer = await apiPost(bob, slug, 'answer', top.id);

    const res = await send(alice, `/b/${slug}/c/${top.id}`, { text: ' ', parentId: answer.id });

    expect(res.status).toBe(400);
    expect(res.text).toContain('id="comment-text-error"');
    expect(res.text).toContain(`<input type="hidden" name="parentId" value="${answer.id}">`);
  });
});

describe('deleting on any board', () => {
  it("when a comment of another board is deleted from its page, then the delete goes back to that board's page", async () => {
    const slug = await newBoard();
    const mine = await apiPost(alice, slug, 'delete me');
    const board = await alice.agent.get(`/b/${slug}`);
    const link = linkTo(board.text.replace(/\s+data-confirm[^>]*?(?=aria-label)/g, ' '), 'Delete');
    expect(link).toBe(`/comments/${mine.id}/delete?back=%2Fb%2F${slug}`);

    const confirm = await alice.agent.get(link!);
    const res = await send(alice, `/comments/${mine.id}/delete`, { back: `/b/${slug}` });

    expect(confirm.text).toContain(`<input type="hidden" name="back" value="/b/${slug}">`);
    expect([res.status, res.headers.location]).toEqual([303, `/b/${slug}?notice=comment-deleted`]);
    expect((await alice.agent.get(`/b/${slug}`)).text).not.toContain('delete me');
  });

  it("when a delete link carries no way back, then its confirmation returns to the comment's own board", async () => {
    const slug = await newBoard();
    const mine = await apiPost(alice, slug, 'plain link');
    const confirm = await alice.agent.get(`/comments/${mine.id}/delete`);
    expect(confirm.text).toContain(`<input type="hidden" name="back" value="/b/${slug}">`);
    expect(confirm.text).toContain(`<a href="/b/${slug}">Cancel</a>`);
  });

  it('when the back address is not a page of this site, then the delete goes back to /comments', async () => {
    const slug = await newBoard();
    const mine = await apiPost(alice, slug, 'delete me too');
    const res = await send(alice, `/comments/${mine.id}/delete`, { back: '//evil.example/b/x' });
    expect(res.headers.location).toBe('/comments?notice=comment-deleted');
  });
});
