import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { createConfirmedUser, csrfFieldOf } from '../helpers/auth-helpers';
import { TEST_CONFIRMATION_CODE } from '../helpers/global-setup';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const PASSWORD = 'Str0ng-Passw0rd';
const newName = () => `page-${randomUUID().slice(0, 8)}`;

/** A browser on `path` with the page's CSRF token. */
async function open(path: string) {
  const agent = request.agent(t.app);
  const page = await agent.get(path);
  const form = (action: string, body: Record<string, string>) =>
    agent
      .post(action)
      .type('form')
      .send({ _csrf: csrfFieldOf(page.text), ...body });
  return { agent, page, form };
}

describe('sign-up and confirm pages', () => {
  it('when someone signs up, confirms and signs in through the pages, then each step leads to the next', async () => {
    const username = newName();
    const signup = await open('/signup');
    expect(signup.page.status).toBe(200);
    const created = await signup.form('/signup', {
      username,
      email: `${username}@example.com`,
      password: PASSWORD,
    });
    expect(created.status).toBe(303);
    expect(created.headers.location).toBe(`/confirm?username=${username}`);

    const confirmPage = await signup.agent.get(created.headers.location);
    expect(confirmPage.text).toContain('npm start');
    expect(confirmPage.text).toContain(`value="${username}"`);
    const confirmForm = (code: string) =>
      signup.agent
        .post('/confirm')
        .type('form')
        .send({ _csrf: csrfFieldOf(confirmPage.text), username, code });

    const wrong = await confirmForm('000000');
    expect(wrong.status).toBe(400);
    expect(wrong.text).toMatch(/code is not right/);
    expect(wrong.text).toContain(`value="${username}"`);
    expect(wrong.text).toContain('aria-invalid="true"');

    const confirmed = await confirmForm(TEST_CONFIRMATION_CODE);
    expect(confirmed.status).toBe(303);
    expect(confirmed.headers.location).toBe(`/login?username=${username}&notice=confirmed`);
    const login = await signup.agent.get(confirmed.headers.location);
    expect(login.text).toContain('Your account is confirmed, please sign in.');
    expect(login.text).toContain(`value="${username}"`);

    const signedIn = await signup.agent
      .post('/login')
      .type('form')
      .send({ _csrf: csrfFieldOf(login.text), username, password: PASSWORD });
    expect(signedIn.status).toBe(303);
    expect((await signup.agent.get('/comments')).status).toBe(200);
  });

  it('when the username is taken, then 409 with the message and the other input kept, never the password', async () => {
    const existing = await createConfirmedUser(t);
    const { form } = await open('/signup');
    const res = await form('/signup', {
      username: existing.username,
      email: 'keep@example.com',
      password: PASSWORD,
    });
    expect(res.status).toBe(409);
    expect(res.text).toMatch(/username is taken/);
    expect(res.text).toContain('value="keep@example.com"');
    expect(res.text).toContain(`value="${existing.username}"`);
    expect(res.text).not.toContain(PASSWORD);
  });

  it('when the password breaks the policy, then 400 with the rules on the page', async () => {
    const { form } = await open('/signup');
    const res = await form('/signup', {
      username: newName(),
      email: 'a@example.com',
      password: 'weakpass',
    });
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/too weak/);
    expect(res.text).toMatch(
      /id="password"[^>]*aria-describedby="password-hint password-error" aria-invalid="true"/,
    );
  });

  it('when the sign-up form has no CSRF token, then 403', async () => {
    const res = await request(t.app)
      .post('/signup')
      .type('form')
      .send({ username: newName(), email: 'a@example.com', password: PASSWORD });
    expect(res.status).toBe(403);
  });

  it('when the confirm form has no CSRF token, then 403', async () => {
    const { agent } = await open('/confirm');
    const res = await agent
      .post('/confirm')
      .type('form')
      .send({ username: newName(), code: '123456' });
    expect(res.status).toBe(403);
  });

  it('when an unconfirmed user signs in on the page, then 403 with a hint to confirm', async () => {
    const username = newName();
    const signup = await open('/signup');
    await signup.form('/signup', {
      username,
      email: `${username}@example.com`,
      password: PASSWORD,
    });
    const res = await signup.form('/login', { username, password: PASSWORD });
    expect(res.status).toBe(403);
    expect(res.text).toMatch(/not confirmed yet/);
  });
});
