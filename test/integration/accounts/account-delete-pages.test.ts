import request from 'supertest';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { pageSession, type PageSession } from '../../helpers/page-session';
import { setCookies } from '../../helpers/set-cookies';
import { itemOf, subOf } from '../../helpers/table-items';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const submit = (browser: PageSession, fields: Record<string, string>) =>
  request(t.app)
    .post('/account/delete')
    .set('Cookie', browser.header)
    .type('form')
    .send({ _csrf: browser.csrf, ...fields });

async function signedInWriter() {
  const user = await createConfirmedUser(t);
  const tokens = await apiTokens(t, user.username, user.password);
  const { body: comment } = await request(t.app)
    .post('/api/comments')
    .set('Authorization', `Bearer ${tokens.accessToken}`)
    .send({ text: 'written before deleting' })
    .expect(201);
  const browser = await pageSession(t.app, user);
  return { user, browser, comment: comment as { id: string } };
}

describe('the delete-account page', () => {
  it('when a signed-in user opens it, then it explains what is erased and asks for the password', async () => {
    const { browser } = await signedInWriter();

    const page = await request(t.app).get('/account/delete').set('Cookie', browser.header);

    expect(page.status).toBe(200);
    expect(page.text).toContain('<h1 id="page-title">Delete your account</h1>');
    expect(page.text).toContain('every comment you wrote');
    expect(page.text).toMatch(/<form method="post" action="\/account\/delete"/);
    expect(page.text).toContain('autocomplete="current-password"');
  });

  it('when nobody is signed in, then it sends them to sign in', async () => {
    const page = await request(t.app).get('/account/delete').expect(303);
    expect(page.headers.location).toBe('/login?next=%2Faccount%2Fdelete');
  });

  it('when the password is wrong or missing, then the page says so next to the field, never shows the password, and deletes nothing', async () => {
    const { user, browser, comment } = await signedInWriter();

    const wrong = await submit(browser, { password: 'Wrong-Passw0rd!' }).expect(401);
    const missing = await submit(browser, {}).expect(400);

    expect(wrong.text).toMatch(/id="password-error"[^>]*>That password is not right\./);
    expect(wrong.text).toContain('aria-invalid="true"');
    expect(wrong.text).not.toContain('Wrong-Passw0rd!');
    expect(missing.text).toMatch(/id="password-error"[^>]*>Please enter/);
    expect(await itemOf(t, 'main', comment.id)).toBeDefined();
    expect(await subOf(t, user.username)).toBeDefined();
  });

  it('when the form comes without its CSRF token, then it is refused and nothing is deleted', async () => {
    const { user, browser } = await signedInWriter();

    await request(t.app)
      .post('/account/delete')
      .set('Cookie', browser.header)
      .type('form')
      .send({ password: user.password })
      .expect(403);

    expect(await subOf(t, user.username)).toBeDefined();
  });

  it('when the password is right, then the account is deleted, the session cookies cleared, and the sign-in page says so', async () => {
    const { user, browser, comment } = await signedInWriter();
    const copy = browser.header;

    const done = await submit(browser, { password: user.password }).expect(303);

    expect(done.headers.location).toBe('/login?notice=account-deleted');
    expect(setCookies(done).session.value).toBe('');
    const login = await request(t.app).get(done.headers.location).expect(200);
    expect(login.text).toContain('Your account was deleted.');
    expect(await subOf(t, user.username)).toBeUndefined();
    expect(await itemOf(t, 'main', comment.id)).toBeUndefined();
    const again = await request(t.app)
      .post('/comments')
      .set('Cookie', copy)
      .type('form')
      .send({ _csrf: browser.csrf, text: 'with the old cookie' })
      .expect(401);
    expect(again.text).toContain('name="password"');
  });
});
