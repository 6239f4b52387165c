import { apiTokens, createConfirmedUser, signInAgent } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import request from 'supertest';

let t: TestApp;
let moderatorToken: string;

beforeAll(async () => {
  t = await createTestApp();
  const moderator = await createConfirmedUser(t, { groups: ['moderators'] });
  moderatorToken = (await apiTokens(t, moderator.username, moderator.password)).accessToken;
});
afterAll(() => t.close());

const banOf = (username: string, days?: number) =>
  request(t.app)
    .post('/api/moderation/bans')
    .set({ Authorization: `Bearer ${moderatorToken}` })
    .send({ username, reason: 'spam', days })
    .expect(201);

describe('a banned user on the pages', () => {
  it('when a banned user posts the board form with their open session, then 403 says so in words and keeps the text', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    const ban = await banOf(user.username, 3);

    const res = await browser.agent
      .post('/comments')
      .type('form')
      .send({ _csrf: browser.csrfToken, text: 'my typed words' });

    expect(res.status).toBe(403);
    expect(res.text).toContain('Your account is banned until');
    expect(res.text).toContain(String(ban.body.endsAt).slice(0, 10));
    expect(res.text).toContain('my typed words');
    expect(res.text).not.toContain('"banned"');
  });

  it('when a banned user signs in on the page, then the sign-in page says they are banned', async () => {
    const user = await createConfirmedUser(t);
    await apiTokens(t, user.username, user.password); // the app knows a name once it signed in
    await banOf(user.username);
    const page = await request(t.app).get('/login');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.text)![1];
    const cookies = page.headers['set-cookie'] as unknown as string[];
    const res = await request(t.app)
      .post('/login')
      .set('Cookie', cookies.map((c) => c.split(';')[0]).join('; '))
      .type('form')
      .send({ _csrf: csrf, username: user.username, password: user.password });
    expect(res.status).toBe(403);
    expect(res.text).toContain('Your account is banned');
  });

  it('when a banned user signs out, then it works', async () => {
    const user = await createConfirmedUser(t);
    const browser = await signInAgent(t, user.username, user.password);
    await banOf(user.username);
    const res = await browser.agent.post('/logout').type('form').send({ _csrf: browser.csrfToken });
    expect(res.status).toBe(303);
  });
});
