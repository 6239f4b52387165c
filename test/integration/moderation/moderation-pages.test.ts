import request from 'supertest';
import { apiCaller, type ApiCaller } from '../../helpers/api-client';
import { createConfirmedUser, signInAgent, type SignedInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
let alice: ApiCaller;
let aliceName: string;
let reporter: ApiCaller;
let mod: SignedInAgent;
let modName: string;
let member: SignedInAgent;

beforeAll(async () => {
  t = await createTestApp();
  [alice, reporter] = await Promise.all([apiCaller(t), apiCaller(t)]);
  aliceName = (await alice.get('/api/me').expect(200)).body.username;
  const [m, u] = await Promise.all([
    createConfirmedUser(t, { groups: ['moderators'] }),
    createConfirmedUser(t),
  ]);
  modName = m.username;
  mod = await signInAgent(t, m.username, m.password);
  member = await signInAgent(t, u.username, u.password);
});
afterAll(() => t.close());

const reported = async (text: string, reason = 'spam') => {
  const id = (await alice.post('/api/comments', { text }).expect(201)).body.id as string;
  await reporter.post(`/api/comments/${id}/report`, { reason }).expect(202);
  return id;
};
const form = (agent: SignedInAgent, path: string, fields: object = {}) =>
  agent.agent
    .post(path)
    .type('form')
    .send({ _csrf: agent.csrfToken, ...fields });

describe('the moderation page', () => {
  it('when a moderator opens /moderation, then the header links it and the queue shows the comment, count and reasons', async () => {
    const id = await reported('needs a look', 'off topic');

    const page = await mod.agent.get('/moderation').expect(200);

    expect(page.text).toContain('href="/moderation">Moderation</a>');
    expect(page.text).toContain(`id="report-${id}"`);
    expect(page.text).toContain('needs a look');
    expect(page.text).toContain('1 report');
    expect(page.text).toContain('<li>off topic</li>');
    expect(page.text).toContain(`action="/moderation/reports/${id}/hide"`);
    expect(page.text).toContain(`href="/moderation/ban?username=${aliceName}"`);
  });

  it('when a member opens /moderation, then a 403 page says it is for moderators, and the header has no link', async () => {
    const res = await member.agent.get('/moderation');
    expect(res.status).toBe(403);
    expect(res.text).toContain('Only moderators can see this page.');
    const board = await member.agent.get('/comments').expect(200);
    expect(board.text).not.toContain('href="/moderation"');
  });

  it('when signed out, then /moderation sends to sign-in', async () => {
    const res = await request(t.app).get('/moderation').expect(303);
    expect(res.headers.location).toBe('/login?next=%2Fmoderation');
  });

  it('when a moderator hides a reported comment, then it leaves the board and the queue, and the page says so', async () => {
    const id = await reported('to be hidden');

    const res = await form(mod, `/moderation/reports/${id}/hide`).expect(303);

    expect(res.headers.location).toBe('/moderation?notice=comment-hidden');
    const page = await mod.agent.get(res.headers.location).expect(200);
    expect(page.text).toContain('The comment is hidden and has left the queue.');
    expect(page.text).not.toContain(`id="report-${id}"`);
    await alice.get(`/api/comments/${id}`).expect(404);
  });

  it('when a moderator dismisses a comment, then it stays up and leaves the queue', async () => {
    const id = await reported('fine after all');

    const res = await form(mod, `/moderation/reports/${id}/dismiss`).expect(303);

    const page = await mod.agent.get(res.headers.location).expect(200);
    expect(page.text).toContain('The reports were dismissed');
    expect(page.text).not.toContain(`id="report-${id}"`);
    await alice.get(`/api/comments/${id}`).expect(200);
  });

  it('when a member posts a hide or dismiss, then 403 and nothing changes', async () => {
    const id = await reported('stays');
    await form(member, `/moderation/reports/${id}/hide`).expect(403);
    await form(member, `/moderation/reports/${id}/dismiss`).expect(403);
    await alice.get(`/api/comments/${id}`).expect(200);
    expect((await mod.agent.get('/moderation')).text).toContain(`id="report-${id}"`);
  });
});

describe('banning from the moderation page', () => {
  it('when the ban form has no reason and bad days, then 400 shows both errors at their fields and keeps the name', async () => {
    const page = await mod.agent.get(`/moderation/ban?username=${aliceName}`).expect(200);
    expect(page.text).toContain(`value="${aliceName}"`);

    const res = await form(mod, '/moderation/ban', {
      username: aliceName,
      reason: '',
      days: '1.5',
    });

    expect(res.status).toBe(400);
    expect(res.text).toContain('id="ban-reason-error"');
    expect(res.text).toContain('id="ban-days-error"');
    expect(res.text).toContain(`value="${aliceName}"`);
    expect(res.text).toContain('value="1.5"');
  });

  it('when a moderator bans the author, then the author cannot post, the page lists the ban, and Unban lifts it', async () => {
    const res = await form(mod, '/moderation/ban', {
      username: aliceName.toUpperCase(),
      reason: 'spam again',
      days: '3',
    }).expect(303);
    expect(res.headers.location).toBe('/moderation?notice=user-banned');

    const refused = await alice.post('/api/comments', { text: 'more spam' });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'banned']);
    const page = await mod.agent.get(res.headers.location).expect(200);
    expect(page.text).toContain('The user is banned');
    expect(page.text).toContain(`<strong>${aliceName}</strong>`);
    expect(page.text).toContain('spam again');

    await form(mod, `/moderation/bans/${aliceName}/unban`).expect(303);
    await alice.post('/api/comments', { text: 'back' }).expect(201);
    expect((await mod.agent.get('/moderation')).text).toContain('Nobody is banned.');
  });

  it('when the name is unknown or a moderator, then the form says so in words', async () => {
    const unknown = await form(mod, '/moderation/ban', { username: 'nobody-here', reason: 'x' });
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('There is no user with that name here');
    const self = await form(mod, '/moderation/ban', { username: modName, reason: 'x' });
    expect(self.status).toBe(403);
    expect(self.text).toContain('You cannot ban yourself.');
  });
});
