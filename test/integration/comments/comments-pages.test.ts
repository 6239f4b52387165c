import request from 'supertest';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: SignedInAgent;
let bob: SignedInAgent;
let moderator: SignedInAgent;

async function signIn(groups: string[] = []): Promise<SignedInAgent> {
  const user = await createConfirmedUser(t, { groups });
  return signInAgent(t, user.username, user.password);
}
const formKeyOf = (html: string) => /name="idempotencyKey" value="([^"]+)"/.exec(html)![1];
const postForm = (who: SignedInAgent, fields: Record<string, string>) =>
  who.agent
    .post('/comments')
    .type('form')
    .send({ _csrf: who.csrfToken, ...fields });
const deleteForm = (who: SignedInAgent, id: string) =>
  who.agent.post(`/comments/${id}/delete`).type('form').send({ _csrf: who.csrfToken });
const idsOn = (html: string) => [...html.matchAll(/id="comment-([0-9A-Z]{26})"/g)].map((m) => m[1]);

beforeAll(async () => {
  t = await createTestApp();
  [alice, bob, moderator] = await Promise.all([signIn(), signIn(), signIn(['moderators'])]);
});
afterAll(() => t.close());

describe('comments pages', () => {
  it('when nobody is signed in, then /comments redirects to the login page', async () => {
    const res = await request(t.app).get('/comments');
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Fcomments');
  });

  it('when there are no comments, then the page shows a friendly empty state and the form', async () => {
    const res = await alice.agent.get('/comments');
    expect(res.status).toBe(200);
    expect(res.text).toContain('No comments yet');
    expect(res.text).toMatch(/<label for="comment-text">/);
    expect(res.text).toMatch(
      /<textarea id="comment-text" name="text"[^>]*maxlength="4000" required/,
    );
    expect(res.text).toContain('data-max-chars="2000"');
    expect(res.text).toMatch(/<script src="\/public\/js\/char-count\.js" defer><\/script>/);
    expect(res.text).not.toContain('Older comments</a>');
  });

  it('when a comment is posted through the form, then 303 to /comments shows it first', async () => {
    const page = await alice.agent.get('/comments');
    const res = await postForm(alice, {
      text: 'line one\r\nline two',
      idempotencyKey: formKeyOf(page.text),
    });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/comments');
    const after = await bob.agent.get('/comments');
    const first = after.text.indexOf('class="comment"');
    expect(after.text.slice(first)).toMatch(
      /<div class="comment__body"><p>line one<br>\nline two<\/p><\/div>/,
    );
    expect(after.text).toMatch(/<time datetime="\d{4}-\d\d-\d\dT[\d:.]+Z"[^>]*>just now<\/time>/);
  });

  it('when a script tag is posted, then it comes back escaped, never as HTML', async () => {
    await postForm(alice, { text: '<script>alert(1)</script> & "quotes"' });
    const res = await bob.agent.get('/comments');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(res.text).not.toContain('<script>alert(1)');
  });

  it('when the text is invalid, then the page comes back 400 with the message and the typed text', async () => {
    const typed = `${'é'.repeat(2001)}<b>`;
    const res = await postForm(alice, { text: typed });
    expect(res.status).toBe(400);
    expect(res.text).toContain('it has 2,004 characters, and at most 2,000 fit');
    expect(res.text).toContain(`${'é'.repeat(2001)}&lt;b&gt;</textarea>`);
    expect(res.text).toContain('aria-invalid="true"');
    const empty = await postForm(alice, { text: '   ' });
    expect(empty.status).toBe(400);
    expect(empty.text).toContain('Please write something before posting.');
  });

  it('when the same form is submitted twice, then the comment is posted once', async () => {
    const key = formKeyOf((await alice.agent.get('/comments')).text);
    const [one, two] = await Promise.all([
      postForm(alice, { text: 'double click', idempotencyKey: key }),
      postForm(alice, { text: 'double click', idempotencyKey: key }),
    ]);
    expect([one.status, two.status]).toEqual([303, 303]);
    const page = await alice.agent.get('/comments');
    expect(page.text.split('double click</p>')).toHaveLength(2);
  });

  it('when the CSRF token is missing, then posting is refused with a 403 page', async () => {
    const res = await alice.agent.post('/comments').type('form').send({ text: 'forged' });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/text\/html/);
  });

  it('when users look at the list, then only the author and moderators get a delete button', async () => {
    await postForm(alice, { text: 'buttons test' });
    const id = idsOn((await alice.agent.get('/comments')).text)[0];
    const action = `href="/comments/${id}/delete"`;
    expect((await alice.agent.get('/comments')).text).toContain(action);
    expect((await bob.agent.get('/comments')).text).not.toContain(action);
    const modPage = (await moderator.agent.get('/comments')).text;
    expect(modPage).toContain(action);
    expect(modPage).toMatch(/aria-label="Hide comment by/);
  });

  it('when someone else posts the delete form, then it is a 403 page and the comment stays', async () => {
    await postForm(alice, { text: 'not bobs' });
    const id = idsOn((await alice.agent.get('/comments')).text)[0];
    const res = await deleteForm(bob, id);
    expect(res.status).toBe(403);
    expect(res.text).toContain('Not allowed');
    expect(idsOn((await bob.agent.get('/comments')).text)).toContain(id);
  });

  it('when the author or a moderator deletes, then it redirects and the comment is gone', async () => {
    await postForm(alice, { text: 'delete me' });
    await postForm(bob, { text: 'hide me' });
    const [bobs, alices] = idsOn((await alice.agent.get('/comments')).text);
    const own = await deleteForm(alice, alices);
    expect([own.status, own.headers.location]).toEqual([303, '/comments?notice=comment-deleted']);
    expect((await deleteForm(moderator, bobs)).status).toBe(303);
    const ids = idsOn((await bob.agent.get('/comments')).text);
    expect(ids).not.toContain(alices);
    expect(ids).not.toContain(bobs);
  });

  it('when there are more than 20 comments, then pages link to older and back to newest', async () => {
    for (let i = 0; i < 22; i += 1) await postForm(bob, { text: `page filler ${i}` });
    const first = await alice.agent.get('/comments');
    expect(idsOn(first.text)).toHaveLength(20);
    const older = /href="(\/comments\?cursor=[^"]+)" rel="next">Older comments/.exec(
      first.text,
    )![1];
    const second = await alice.agent.get(older);
    expect(second.status).toBe(200);
    expect(second.text).toContain('href="/comments">Newest comments</a>');
    const all = [...idsOn(first.text), ...idsOn(second.text)];
    expect(new Set(all).size).toBe(all.length);
  });

  it('when the cursor is tampered with, then the page is a 400 error page', async () => {
    const res = await alice.agent.get('/comments?cursor=not-a-cursor');
    expect(res.status).toBe(400);
    expect(res.text).toContain('That page of comments no longer exists');
  });
});
