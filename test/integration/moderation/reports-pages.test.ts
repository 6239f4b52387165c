import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let moderator: ApiCaller;
let bob: SignedInAgent;
let bobName: string;

beforeAll(async () => {
  t = await createTestApp();
  [alice, moderator] = await Promise.all([apiCaller(t), apiCaller(t, ['moderators'])]);
  const user = await createConfirmedUser(t);
  bobName = user.username;
  bob = await signInAgent(t, user.username, user.password);
  await moderator.post('/api/boards', { slug: 'paged', title: 'Paged' }).expect(201);
});
afterAll(() => t.close());

const post = async (body: object = { text: 'reported words' }) =>
  (await alice.post('/api/boards/paged/comments', body).expect(201)).body.id as string;
const sendReport = (id: string, reason: string) =>
  bob.agent.post(`/comments/${id}/report`).type('form').send({ _csrf: bob.csrfToken, reason });

describe('the report link and form', () => {
  it("when a member reads a board, then others' comments have a Report link and their own do not", async () => {
    const theirs = await post();
    await bob.agent
      .post('/b/paged')
      .type('form')
      .send({ _csrf: bob.csrfToken, text: 'my own words' })
      .expect(303);

    const page = await bob.agent.get('/b/paged').expect(200);

    expect(page.text).toContain(`href="/comments/${theirs}/report"`);
    expect(page.text.match(/>Report<\/a>/g)?.length).toBe(1);
  });

  it('when the form is sent with a reason, then it goes back to the comment saying so in words', async () => {
    const top = await post();
    const reply = await post({ text: 'a reply', parentId: top });
    const form = await bob.agent.get(`/comments/${reply}/report`).expect(200);
    expect(form.text).toContain('<label for="report-reason">Reason</label>');
    expect(form.text).toContain('a reply');

    const res = await sendReport(reply, 'It is spam').expect(303);

    expect(res.headers.location).toBe(`/b/paged/c/${top}?notice=comment-reported#comment-${reply}`);
    const back = await bob.agent.get(res.headers.location.split('#')[0]).expect(200);
    expect(back.text).toContain('Thank you. Your report was sent to the moderators.');
    const queue = (await moderator.get('/api/moderation/reports').expect(200)).body;
    expect(queue.items[0]).toMatchObject({ comment: { id: reply }, reasons: ['It is spam'] });
  });

  it.each([
    ['empty', '   ', 'Please say what is wrong with this comment.'],
    ['too long', 'y'.repeat(501), 'Please shorten your reason to 500 characters or fewer.'],
  ])(
    'when the reason is %s, then the form comes back (400) with the text and the error in words',
    async (_n, reason, words) => {
      const id = await post();

      const res = await sendReport(id, reason);

      expect(res.status).toBe(400);
      expect(res.text).toContain(words);
      expect(res.text).toContain(`>${reason}</textarea>`);
      expect(res.text).toContain('aria-invalid="true"');
      expect(res.text).not.toContain('validation_error');
    },
  );

  it('when a banned member sends the form, then 403 says so in words and keeps the reason', async () => {
    const user = await createConfirmedUser(t);
    const banned = await signInAgent(t, user.username, user.password);
    await moderator
      .post('/api/moderation/bans', { username: user.username, reason: 'x', days: 2 })
      .expect(201);
    const id = await post();

    const res = await banned.agent
      .post(`/comments/${id}/report`)
      .type('form')
      .send({ _csrf: banned.csrfToken, reason: 'my reason' });

    expect(res.status).toBe(403);
    expect(res.text).toContain('Your account is banned until');
    expect(res.text).toContain('Your report was not sent.');
    expect(res.text).toContain('>my reason</textarea>');
  });

  it('when a member opens the form of their own comment, then a 403 page says why in words', async () => {
    await bob.agent
      .post('/b/paged')
      .type('form')
      .send({ _csrf: bob.csrfToken, text: 'mine to report' })
      .expect(303);
    const mine = (await alice.get('/api/boards/paged/comments').expect(200)).body.items.find(
      (c: { username: string }) => c.username === bobName,
    ).id;

    const res = await bob.agent.get(`/comments/${mine}/report`);

    expect(res.status).toBe(403);
    expect(res.text).toContain('You cannot report your own comment.');
  });

  it('when the comment is hidden or unknown, then the form is a 404 page', async () => {
    const id = await post();
    await moderator.del(`/api/comments/${id}`).expect(204);
    await bob.agent.get(`/comments/${id}/report`).expect(404);
    await bob.agent.get('/comments/01ARZ3NDEKTSV4RRFFQ69G5FAV/report').expect(404);
  });

  it('when signed out, then the form sends to sign-in', async () => {
    const id = await post();
    const res = await request(t.app).get(`/comments/${id}/report`).expect(303);
    expect(res.headers.location).toBe(
      `/login?next=${encodeURIComponent(`/comments/${id}/report`)}`,
    );
  });
});
