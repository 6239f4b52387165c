import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { apiCaller } from '../../helpers/api-client';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: SignedInAgent;
let bob: SignedInAgent;

const formKeyOf = (html: string) => /name="idempotencyKey" value="([^"]+)"/.exec(html)![1];
const postForm = (who: SignedInAgent, fields: Record<string, string>) =>
  who.agent
    .post('/comments')
    .type('form')
    .send({ _csrf: who.csrfToken, ...fields });
const idsOn = (html: string) => [...html.matchAll(/id="comment-([0-9A-Z]{26})"/g)].map((m) => m[1]);
const linkTo = (html: string, name: string) =>
  new RegExp(`<a [^>]*href="([^"]+)"[^>]*>${name}</a>`).exec(html)?.[1].replace(/&amp;/g, '&');

beforeAll(async () => {
  t = await createTestApp();
  const [a, b] = await Promise.all([createConfirmedUser(t), createConfirmedUser(t)]);
  [alice, bob] = await Promise.all([
    signInAgent(t, a.username, a.password),
    signInAgent(t, b.username, b.password),
  ]);
});
afterAll(() => t.close());

describe('deleting from the pages', () => {
  it('when the author opens a delete link, then a confirmation page shows the comment and its form posts the delete', async () => {
    await postForm(alice, { text: 'confirm before <deleting>' });
    const id = idsOn((await alice.agent.get('/comments')).text)[0];
    const confirm = await alice.agent.get(`/comments/${id}/delete`);
    expect(confirm.status).toBe(200);
    expect(confirm.text).toContain('Delete your comment?');
    expect(confirm.text).toContain('confirm before &lt;deleting&gt;');
    expect(confirm.text).toContain(`action="/comments/${id}/delete"`);
    expect(confirm.text).toContain(`name="_csrf" value="${alice.csrfToken}"`);
    expect(idsOn((await alice.agent.get('/comments')).text)).toContain(id);

    const done = await alice.agent
      .post(`/comments/${id}/delete`)
      .type('form')
      .send({ _csrf: alice.csrfToken });
    expect([done.status, done.headers.location]).toEqual([303, '/comments?notice=comment-deleted']);
    const board = await alice.agent.get(done.headers.location);
    expect(board.text).toContain('Comment deleted.');
    expect(idsOn(board.text)).not.toContain(id);
  });

  it('when the comment is already gone, then both the link and the form say so in words', async () => {
    await postForm(alice, { text: 'deleted twice' });
    const id = idsOn((await alice.agent.get('/comments')).text)[0];
    const remove = () =>
      alice.agent.post(`/comments/${id}/delete`).type('form').send({ _csrf: alice.csrfToken });
    await remove();
    const again = await remove();
    expect(again.headers.location).toBe('/comments?notice=comment-already-deleted');
    const link = await alice.agent.get(`/comments/${id}/delete`);
    expect([link.status, link.headers.location]).toEqual([
      303,
      '/comments?notice=comment-already-deleted',
    ]);
    const board = await alice.agent.get(link.headers.location);
    expect(board.text).toContain('That comment had already been deleted.');
    expect(board.text).not.toContain('Page not found');
  });

  it('when a deleted comment stays as the placeholder of its replies, then its delete link says it is already deleted, for moderators too', async () => {
    await postForm(alice, { text: 'soon a placeholder' });
    const id = idsOn((await alice.agent.get('/comments')).text)[0];
    const replier = await apiCaller(t);
    await replier.post('/api/comments', { text: 'a reply', parentId: id }).expect(201);
    await alice.agent
      .post(`/comments/${id}/delete`)
      .type('form')
      .send({ _csrf: alice.csrfToken })
      .expect(303);
    const m = await createConfirmedUser(t, { groups: ['moderators'] });
    const moderator = await signInAgent(t, m.username, m.password);
    const link = await moderator.agent.get(`/comments/${id}/delete`);
    expect([link.status, link.headers.location]).toEqual([
      303,
      '/comments?notice=comment-already-deleted',
    ]);
  });

  it('when someone else opens the delete link, then it is a 403 page', async () => {
    await postForm(alice, { text: 'not for bob' });
    const id = idsOn((await alice.agent.get('/comments')).text)[0];
    const res = await bob.agent.get(`/comments/${id}/delete`);
    expect(res.status).toBe(403);
  });

  it('when a notice key is not known, then no notice shows', async () => {
    const res = await alice.agent.get('/comments?notice=%3Cscript%3E');
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('role="status"');
  });
});

describe('the compose form after a failure', () => {
  it('when the form is posted again with its key and another text, then the text is kept and a fresh key is given', async () => {
    const key = formKeyOf((await alice.agent.get('/comments')).text);
    expect((await postForm(alice, { text: 'first use', idempotencyKey: key })).status).toBe(303);
    const res = await postForm(alice, { text: 'second use', idempotencyKey: key });
    expect(res.status).toBe(422);
    expect(res.text).toContain('second use</textarea>');
    expect(res.text).toContain('already used to post a different comment');
    expect(formKeyOf(res.text)).not.toBe(key);
    const retry = await postForm(alice, {
      text: 'second use',
      idempotencyKey: formKeyOf(res.text),
    });
    expect(retry.status).toBe(303);
  });

  it('when the text is invalid, then the error sits next to the field, which is marked and focused', async () => {
    const res = await postForm(alice, { text: '\u200B' });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/<p class="field-error" id="comment-text-error">[^<]+<\/p>/);
    expect(res.text).toMatch(
      /<textarea id="comment-text"[^>]*aria-describedby="comment-text-error comment-text-hint comment-text-format" aria-invalid="true" autofocus/,
    );
  });
});

describe('pages of comments', () => {
  it('when a reader goes to older pages, then each offers Newest, Newer and Older, and Newer leads back', async () => {
    for (let i = 0; i < 61; i += 1) await postForm(bob, { text: `pager ${i}` });
    const first = await alice.agent.get('/comments');
    expect(linkTo(first.text, 'Newer comments')).toBeUndefined();
    const second = await alice.agent.get(linkTo(first.text, 'Older comments')!);
    const third = await alice.agent.get(linkTo(second.text, 'Older comments')!);
    for (const page of [second, third]) {
      expect(linkTo(page.text, 'Newest comments')).toBe('/comments');
      expect(linkTo(page.text, 'Newer comments')).toMatch(/^\/comments\?cursor=/);
      expect(linkTo(page.text, 'Older comments')).toMatch(/^\/comments\?cursor=/);
    }
    const backToSecond = await alice.agent.get(linkTo(third.text, 'Newer comments')!);
    expect(idsOn(backToSecond.text)).toEqual(idsOn(second.text));
    const backToFirst = await alice.agent.get(linkTo(backToSecond.text, 'Newer comments')!);
    expect(idsOn(backToFirst.text)).toEqual(idsOn(first.text));
    expect(linkTo(backToFirst.text, 'Newer comments')).toBeUndefined();
  });

  it('when a time is shown, then it has a machine datetime and a UTC hover text without JavaScript', async () => {
    const res = await alice.agent.get('/comments');
    expect(res.text).toMatch(
      /<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z" title="\d{4}-\d\d-\d\d \d\d:\d\d UTC">/,
    );
    expect(res.text).toMatch(/<script src="\/public\/js\/local-time\.js" defer><\/script>/);
  });

  it('when the form is shown, then the hint states the limit once', async () => {
    const res = await alice.agent.get('/comments');
    expect(res.text.match(/2,000/g)).toHaveLength(1);
  });
});

describe('a compose form whose token went stale', () => {
  const stalePost = (who: SignedInAgent, text: string, headers: Record<string, string>) =>
    who.agent
      .post('/comments')
      .set(headers)
      .type('form')
      .send({
        _csrf: 'A'.repeat(43),
        text,
        idempotencyKey: '00000000-0000-4000-8000-000000000001',
      });

  it('when the browser proves the form came from this site, then the board comes back with the text and a fresh token that posts it', async () => {
    const text = `kept through a stale token ${Date.now()}`;
    const origin = t.deps.settings.siteOrigins[0];
    const page = await stalePost(alice, text, { Origin: origin, 'Sec-Fetch-Site': 'same-origin' });
    expect(page.status).toBe(403);
    expect(page.text).toContain('This form had expired');
    expect(page.text).toMatch(new RegExp(`<textarea[^>]*>${text}</textarea>`));
    expect(page.text).toContain(`name="_csrf" value="${alice.csrfToken}"`);

    const again = await postForm(alice, { text, idempotencyKey: formKeyOf(page.text) });
    expect(again.status).toBe(303);
    expect((await alice.agent.get('/comments')).text).toContain(text);
  });

  it('when nothing proves where the form came from, then it is the plain 403 page and no text is echoed', async () => {
    const text = `not echoed ${Date.now()}`;
    const page = await stalePost(alice, text, {});
    expect(page.status).toBe(403);
    expect(page.text).not.toContain(text);
    const foreign = await stalePost(alice, text, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.text).not.toContain(text);
  });
});
