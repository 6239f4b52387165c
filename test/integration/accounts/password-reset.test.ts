import request from 'supertest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { createConfirmedUser, csrfFieldOf } from '../../helpers/auth-helpers';
import { TEST_CONFIRMATION_CODE } from '../../helpers/global-setup';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Brand-N3w-Secret';
const post = (path: string, body: object) => request(t.app).post(path).send(body);

describe('forgotten password over the API', () => {
  it('when a user asks for a code and resets with it, then the new password signs in and the old one is refused', async () => {
    const user = await createConfirmedUser(t);

    const forgot = await post('/api/auth/forgot-password', { username: user.username });
    expect(forgot.status).toBe(202);
    const reset = await post('/api/auth/reset-password', {
      username: user.username,
      code: TEST_CONFIRMATION_CODE,
      newPassword: NEW_PASSWORD,
    });
    expect(reset.status).toBe(204);

    const withNew = await post('/api/auth/login', {
      username: user.username,
      password: NEW_PASSWORD,
    });
    expect(withNew.status).toBe(200);
    const withOld = await post('/api/auth/login', user);
    expect(withOld.status).toBe(401);
    expect(withOld.body.error.code).toBe('invalid_credentials');
  });

  it('when the username does not exist, then forgot-password answers 202 exactly as for a real user', async () => {
    const user = await createConfirmedUser(t);

    const unknown = await post('/api/auth/forgot-password', { username: 'nobody-here-at-all' });
    const known = await post('/api/auth/forgot-password', { username: user.username });

    expect(unknown.status).toBe(202);
    expect(unknown.text).toBe(known.text);
  });

  it('when the code is wrong, then reset answers 400 code_mismatch and the password is unchanged', async () => {
    const user = await createConfirmedUser(t);
    await post('/api/auth/forgot-password', { username: user.username });

    const res = await post('/api/auth/reset-password', {
      username: user.username,
      code: '000000',
      newPassword: NEW_PASSWORD,
    });

    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('code_mismatch');
    expect((await post('/api/auth/login', user)).status).toBe(200);
  });

  it('when the new password is weak, then reset answers 400 invalid_password and the code still works', async () => {
    const user = await createConfirmedUser(t);
    await post('/api/auth/forgot-password', { username: user.username });
    const reset = { username: user.username, code: TEST_CONFIRMATION_CODE };

    const weak = await post('/api/auth/reset-password', { ...reset, newPassword: 'short' });

    expect(weak.status).toBe(400);
    expect(weak.body.error.code).toBe('invalid_password');
    expect(
      (await post('/api/auth/reset-password', { ...reset, newPassword: NEW_PASSWORD })).status,
    ).toBe(204);
  });

  it('when fields are missing, then reset names each of them in one 400', async () => {
    const res = await post('/api/auth/reset-password', {});

    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/username.*code.*new password/);
  });
});

describe('forgotten password on the pages', () => {
  it('when a user follows the link from sign-in through both forms, then they land on sign-in with the notice and can sign in', async () => {
    const user = await createConfirmedUser(t);
    const agent = request.agent(t.app);
    const login = await agent.get('/login');
    expect(login.text).toContain('href="/forgot-password"');

    const forgotPage = await agent.get('/forgot-password');
    const sent = await agent
      .post('/forgot-password')
      .type('form')
      .send({ _csrf: csrfFieldOf(forgotPage.text), username: user.username });
    expect(sent.status).toBe(303);
    const resetPage = await agent.get(sent.headers.location);
    expect(resetPage.text).toContain('we have emailed it a code');
    const done = await agent
      .post('/reset-password')
      .type('form')
      .send({
        _csrf: csrfFieldOf(resetPage.text),
        username: user.username,
        code: TEST_CONFIRMATION_CODE,
        newPassword: NEW_PASSWORD,
      });

    expect(done.status).toBe(303);
    const signIn = await agent.get(done.headers.location);
    expect(signIn.text).toContain('Your password was changed. Please sign in.');
    expect((await post('/api/auth/login', { ...user, password: NEW_PASSWORD })).status).toBe(200);
  });

  it('when an unknown user asks for a code, then the page says the same as for a real one', async () => {
    const agent = request.agent(t.app);
    const page = await agent.get('/forgot-password');

    const sent = await agent
      .post('/forgot-password')
      .type('form')
      .send({ _csrf: csrfFieldOf(page.text), username: 'nobody-here-at-all' });

    expect(sent.status).toBe(303);
    expect(sent.headers.location).toBe(
      '/reset-password?username=nobody-here-at-all&notice=reset-code-sent',
    );
  });

  it('when the reset form has a wrong code and a weak password, then every problem shows next to its field and no password is echoed', async () => {
    const user = await createConfirmedUser(t);
    const agent = request.agent(t.app);
    const page = await agent.get(`/reset-password?username=${user.username}`);

    const res = await agent
      .post('/reset-password')
      .type('form')
      .send({
        _csrf: csrfFieldOf(page.text),
        username: user.username,
        code: '',
        newPassword: 'weak-one',
      });

    expect(res.status).toBe(400);
    expect(res.text).toContain('id="code-error"');
    expect(res.text).toContain('id="newPassword-error"');
    expect(res.text).not.toContain('weak-one');
    expect(res.text).toContain(`value="${user.username}"`);
  });

  it('when the reset form is posted without its CSRF token, then it is refused', async () => {
    const res = await request(t.app)
      .post('/reset-password')
      .type('form')
      .send({ username: 'x', code: '1', newPassword: NEW_PASSWORD });

    expect(res.status).toBe(403);
  });
});
