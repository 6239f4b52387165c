import { createApp } from '../../../src/app';
import { createBoardsRepository } from '../../../src/boards/boards-repository';
import { createMarkdownRenderer } from '../../../src/comments/comment-markdown';
import { createCommentsRepository } from '../../../src/comments/comments-repository';
import { createCommentsService } from '../../../src/comments/comments-service';
import { createIdempotencyStore } from '../../../src/comments/idempotency-store';
import { createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: SignedInAgent;
let bob: SignedInAgent;
const clock = { now: Date.parse('2026-01-01T12:00:00.000Z') };
const WINDOW_SECONDS = 900;

async function signIn(): Promise<SignedInAgent> {
  const user = await createConfirmedUser(t);
  return signInAgent(t, user.username, user.password);
}
const send = (who: SignedInAgent, path: string, fields: Record<string, string>) =>
  who.agent
    .post(path)
    .type('form')
    .send({ _csrf: who.csrfToken, ...fields });
/** Alice posts on `main` through the page; the id of her new comment. */
async function alicePosts(text: string): Promise<string> {
  const res = await send(alice, '/comments', { text });
  expect(res.status).toBe(303);
  const page = await alice.agent.get('/comments');
  return /id="comment-([0-9A-Z]{26})"/.exec(page.text)![1];
}

beforeAll(async () => {
  const base = await createTestApp();
  // The same app with the service on a clock the test moves.
  const table = createTableAccess(createDynamoClient(base.config), base.config.commentsTable);
  const markdown = createMarkdownRenderer();
  const comments = createCommentsService({
    repository: createCommentsRepository(table),
    boards: createBoardsRepository(table),
    idempotency: createIdempotencyStore(table),
    now: () => clock.now,
    editWindowSeconds: WINDOW_SECONDS,
    render: (text) => markdown.render(text),
  });
  t = { ...base, app: createApp({ ...base.deps, comments }) };
  [alice, bob] = await Promise.all([signIn(), signIn()]);
});
afterAll(() => t.close());

describe('editing from the pages', () => {
  it('when the author is inside the window, then an Edit link opens a form with the text, and Save shows "edited"', async () => {
    const id = await alicePosts('Frist!');
    const board = await alice.agent.get('/comments');
    expect(board.text).toContain(`href="/b/main/c/${id}/edit"`);
    expect((await bob.agent.get('/comments')).text).not.toContain(`/c/${id}/edit`);

    const form = await alice.agent.get(`/b/main/c/${id}/edit`);
    clock.now += 60_000;
    const saved = await send(alice, `/b/main/c/${id}/edit`, { text: 'First!' });

    expect(form.status).toBe(200);
    expect(form.text).toContain('>Frist!</textarea>');
    expect(form.text).toMatch(/<button[^>]*value="send">Save<\/button>/);
    expect(form.text).toContain(`<a href="/b/main/c/${id}">Cancel</a>`);
    expect([saved.status, saved.headers.location]).toEqual([303, `/b/main/c/${id}`]);
    const thread = await alice.agent.get(`/b/main/c/${id}`);
    expect(thread.text).toContain('<p>First!</p>');
    expect(thread.text).toMatch(
      /<span class="comment__edited" title="Edited 2026-01-01 12:01 UTC">edited<\/span>/,
    );
  });

  it('when Preview is pressed on the edit form, then the rendered text shows and the comment is unchanged', async () => {
    const id = await alicePosts('before');
    const res = await send(alice, `/b/main/c/${id}/edit`, {
      text: 'after **bold**',
      action: 'preview',
    });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<p>after <strong>bold</strong></p>');
    expect(res.text).toContain('>after **bold**</textarea>');
    expect((await alice.agent.get(`/b/main/c/${id}`)).text).toContain('<p>before</p>');
  });

  it('when the new text is empty, then the edit form comes back 400 with the error and the typed text', async () => {
    const id = await alicePosts('keep me');
    const res = await send(alice, `/b/main/c/${id}/edit`, { text: '   ' });
    expect(res.status).toBe(400);
    expect(res.text).toContain('id="comment-text-error"');
    expect(res.text).toContain('aria-invalid="true"');
  });

  it('when the window has closed, then there is no Edit link and the edit page and form say so in words (403)', async () => {
    const id = await alicePosts('too late');
    clock.now += (WINDOW_SECONDS + 1) * 1000;

    const board = await alice.agent.get('/comments');
    const page = await alice.agent.get(`/b/main/c/${id}/edit`);
    const post = await send(alice, `/b/main/c/${id}/edit`, { text: 'changed' });

    expect(board.text).not.toContain(`/c/${id}/edit`);
    expect([page.status, post.status]).toEqual([403, 403]);
    expect(page.text).toContain('This comment can no longer be edited');
    expect(post.text).toContain('This comment can no longer be edited');
    expect(post.text).not.toMatch(/edit_window_closed|forbidden/);
    expect((await alice.agent.get(`/b/main/c/${id}`)).text).toContain('<p>too late</p>');
  });

  it('when someone else opens or sends the edit form, then it is a 403 page and the text stays', async () => {
    const id = await alicePosts('mine');
    const page = await bob.agent.get(`/b/main/c/${id}/edit`);
    const post = await send(bob, `/b/main/c/${id}/edit`, { text: 'yours' });
    expect([page.status, post.status]).toEqual([403, 403]);
    expect((await bob.agent.get(`/b/main/c/${id}`)).text).toContain('<p>mine</p>');
  });

  it('when the edit address names another board, then it is the 404 page', async () => {
    const id = await alicePosts('on main');
    const res = await alice.agent.get(`/b/elsewhere/c/${id}/edit`);
    expect(res.status).toBe(404);
  });
});
