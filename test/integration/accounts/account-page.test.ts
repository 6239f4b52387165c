import request from 'supertest';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import {
  apiTokens,
  createConfirmedUser,
  signInAgent,
  type SignedInAgent,
  type TestUser,
} from '../../helpers/auth-helpers';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const NEW_PASSWORD = 'Changed-Passw0rd';
const login = (username: string, password: string) =>
  request(t.app).post('/api/auth/login').send({ username, password });
const postComment = async (token: string, text: string): Promise<string> => {
  const res = await request(t.app)
    .post('/api/comments')
    .set('Authorization', `Bearer ${token}`)
    .send({ text });
  expect(res.status).toBe(201);
  return res.body.id as string;
};
const hideAsModerator = async (id: string) => {
  const moderator = await createConfirmedUser(t, { groups: ['moderators'] });
  const { accessToken } = await apiTokens(t, moderator.username, moderator.password);
  const res = await request(t.app)
    .delete(`/api/comments/${id}`)
    .set('Authorization', `Bearer ${accessToken}`);
  expect(res.status).toBe(204);
};

describe('GET /account', () => {
  it('when a signed-in user opens it, then it shows username, email, member since, recent comments and both forms', async () => {
    const user = await createConfirmedUser(t, { groups: ['moderators'] });
    const { accessToken } = await apiTokens(t, user.username, user.password);
    await postComment(accessToken, 'My visible <b>comment</b>');
    await hideAsModerator(await postComment(accessToken, 'My comment a moderator hid'));
    const { agent } = await signInAgent(t, user.username, user.password);

    const res = await agent.get('/account');

    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toContain('no-store');
    const html = res.text;
    expect(html).toContain(`<dd>${user.username}</dd>`);
    expect(html).toContain(`<dd>${user.username}@example.com</dd>`);
    expect(html).toContain('<dd>Moderator</dd>');
    const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(),
    );
    expect(html).toMatch(new RegExp(`<time datetime="[^"]+Z">${today}</time>`));
    expect(html).toContain('My visible &lt;b&gt;comment&lt;/b&gt;');
    expect(html).toMatch(
      /hidden by a moderator<\/strong>\s*<\/div>\s*<p class="comment__text">My comment a moderator hid/,
    );
    expect(html).toMatch(/<form method="post" action="\/account\/password"/);
    expect(html).toMatch(/<form method="post" action="\/account\/delete"/);
    expect(html).toMatch(
      /<label for="delete-password">Your password<\/label>\s*<input type="password" id="delete-password" name="password"/,
    );
    expect(html).toContain('Delete my account</button>');
    expect(html).toContain('href="/account/export"');
    expect(html).toContain('href="/account">Account</a>');
    // The rule comes before the new-password input, so it is read before typing.
    expect(html.indexOf('id="newPassword-hint"')).toBeLessThan(html.indexOf('id="newPassword"'));
  });

  it('when nobody is signed in, then it redirects to sign-in and back', async () => {
    const res = await request(t.app).get('/account');

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Faccount');
  });
});

describe('POST /account/password', () => {
  let user: TestUser;
  let session: SignedInAgent;
  beforeEach(async () => {
    user = await createConfirmedUser(t);
    session = await signInAgent(t, user.username, user.password);
  });
  const submit = (fields: Record<string, string>) =>
    session.agent
      .post('/account/password')
      .type('form')
      .send({ _csrf: session.csrfToken, ...fields });

  it('when the current password is right, then it goes back to the account page saying so, and only the new password signs in', async () => {
    const res = await submit({ currentPassword: user.password, newPassword: NEW_PASSWORD });

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/account?notice=password-changed');
    const page = await session.agent.get(res.headers.location);
    expect(page.text).toContain('Your password was changed.');
    expect((await login(user.username, user.password)).status).toBe(401);
    expect((await login(user.username, NEW_PASSWORD)).status).toBe(200);
  });

  it('when the current password is wrong, then 401 with the error next to that field and no password echoed', async () => {
    const res = await submit({ currentPassword: 'Wrong-Passw0rd', newPassword: NEW_PASSWORD });

    expect(res.status).toBe(401);
    expect(res.text).toMatch(
      /id="currentPassword-error" class="field-error">Your current password is not right/,
    );
    expect(res.text).not.toContain('Wrong-Passw0rd');
    expect(res.text).not.toContain(NEW_PASSWORD);
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it('when both fields are empty, then 400 shows both problems at once next to their fields', async () => {
    const res = await submit({ currentPassword: '', newPassword: '' });

    expect(res.status).toBe(400);
    expect(res.text).toContain('Please correct the 2 marked fields.');
    expect(res.text).toMatch(/id="currentPassword-error"[^>]*>Please enter your current password/);
    expect(res.text).toMatch(/id="newPassword-error"[^>]*>Please enter a new password/);
  });

  it('when the new password is weak, then 400 states the rule next to it and the password is unchanged', async () => {
    const res = await submit({ currentPassword: user.password, newPassword: 'weakpass' });

    expect(res.status).toBe(400);
    expect(res.text).toMatch(
      /id="newPassword-error"[^>]*>That password is too weak: use at least 8 characters/,
    );
    expect(res.text).not.toContain(user.password);
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it('when the form has no CSRF token, then 403 and nothing changes', async () => {
    const res = await session.agent
      .post('/account/password')
      .type('form')
      .send({ currentPassword: user.password, newPassword: NEW_PASSWORD });

    expect(res.status).toBe(403);
    expect((await login(user.username, user.password)).status).toBe(200);
  });

  it('when nobody is signed in, then it goes to sign-in and nothing changes', async () => {
    const res = await request(t.app)
      .post('/account/password')
      .type('form')
      .send({ currentPassword: user.password, newPassword: NEW_PASSWORD });

    expect(res.status).toBe(303);
    expect(res.headers.location).toMatch(/^\/login\?next=/);
    expect((await login(user.username, user.password)).status).toBe(200);
  });
});

describe('GET /account/export', () => {
  it('when a user downloads their data, then it is an attachment holding exactly their comments, hidden ones too', async () => {
    const [me, other] = await Promise.all([createConfirmedUser(t), createConfirmedUser(t)]);
    const mine = (await apiTokens(t, me.username, me.password)).accessToken;
    const visible = await postComment(mine, 'Mine, visible');
    await postComment((await apiTokens(t, other.username, other.password)).accessToken, 'Not mine');
    const hidden = await postComment(mine, 'Mine, hidden');
    await hideAsModerator(hidden);
    const { agent } = await signInAgent(t, me.username, me.password);

    const res = await agent.get('/account/export').buffer(true);

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['content-disposition']).toMatch(
      /^attachment; filename="comment-board-data-\d{4}-\d\d-\d\d\.json"$/,
    );
    const data = JSON.parse(res.text);
    expect(data.user).toMatchObject({ username: me.username, email: `${me.username}@example.com` });
    expect(data.comments.map((c: { id: string; text: string }) => [c.id, c.text])).toEqual([
      [hidden, 'Mine, hidden'],
      [visible, 'Mine, visible'],
    ]);
    expect(data.comments[0].hidden).toBe(true);
  });

  it('when nobody is signed in, then it redirects to sign-in', async () => {
    const res = await request(t.app).get('/account/export');

    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/login?next=%2Faccount%2Fexport');
  });
});
