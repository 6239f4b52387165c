import request from 'supertest';
import { apiTokens, createConfirmedUser, type TestTokens } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { keepCookies, nextSecond, pageSession } from '../../helpers/page-session';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const post = (token: string, text: string) =>
  request(t.app).post('/api/comments').set(bearer(token)).send({ text });
const apiLogout = (tokens: TestTokens) =>
  request(t.app)
    .post('/api/auth/logout')
    .set(bearer(tokens.accessToken))
    .send({ refreshToken: tokens.refreshToken });

describe('API sign-out', () => {
  it('when a user signs out through the API, then the old access and ID tokens are refused on post and delete but still read', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    const { body: mine } = await post(tokens.accessToken, 'before sign-out').expect(201);

    await apiLogout(tokens).expect(204);

    for (const token of [tokens.accessToken, tokens.idToken]) {
      const posted = await post(token, 'after sign-out').expect(401);
      expect(posted.body.error.code).toBe('unauthorized');
      expect(posted.headers['www-authenticate']).toMatch(/^Bearer realm="comment-board"/);
      const deleted = await request(t.app)
        .delete(`/api/comments/${mine.id}`)
        .set(bearer(token))
        .expect(401);
      expect(deleted.body.error.code).toBe('unauthorized');
      // The writes whose user-record check joins the service's BatchGetItem refuse it the same way.
      const writes = [
        request(t.app).patch(`/api/comments/${mine.id}`).send({ text: 'edited' }),
        request(t.app).post('/api/comments').send({ text: 'reply', parentId: mine.id }),
        request(t.app).post('/api/boards/main/comments').send({ text: 'on main' }),
      ];
      for (const write of writes) {
        const refused = await write.set(bearer(token)).expect(401);
        expect(refused.body.error.code).toBe('unauthorized');
        expect(refused.headers['www-authenticate']).toMatch(/error="invalid_token"/);
      }
      await request(t.app).get(`/api/comments/${mine.id}`).set(bearer(token)).expect(200);
      await request(t.app).get('/api/comments').set(bearer(token)).expect(200);
    }
    const after = await request(t.app).get(`/api/comments/${mine.id}`).set(bearer(tokens.idToken));
    expect(after.body).toMatchObject({ text: 'before sign-out', replyCount: 0, editedAt: null });
    // Signing out again with the old token is a write too.
    await apiLogout(tokens).expect(401);
  });

  it('when a user signs out, then the refresh token is refused and another device recovers by refreshing', async () => {
    const user = await createConfirmedUser(t);
    const signedOut = await apiTokens(t, user.username, user.password);
    const other = await apiTokens(t, user.username, user.password);

    await apiLogout(signedOut).expect(204);
    await nextSecond();

    const refused = await request(t.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: signedOut.refreshToken })
      .expect(401);
    expect(refused.body.error.code).toBe('invalid_refresh_token');
    await post(other.accessToken, 'other device, old token').expect(401);
    const refreshed = await request(t.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: other.refreshToken })
      .expect(200);
    await post(refreshed.body.accessToken, 'other device, refreshed').expect(201);
  });

  it('when a user signs in again right after signing out, then the new token can post at once', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);

    await apiLogout(tokens).expect(204);
    const again = await apiTokens(t, user.username, user.password);

    await post(again.accessToken, 'signed in again').expect(201);
    await post(tokens.accessToken, 'old token').expect(401);
  });

  it('when logout is called without a bearer token, then it is 401 and nothing is revoked', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    await request(t.app)
      .post('/api/auth/logout')
      .send({ refreshToken: tokens.refreshToken })
      .expect(401);
    await request(t.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: tokens.refreshToken })
      .expect(200);
  });
});

describe('page sign-out', () => {
  it('when a browser signs out, then a copy of its cookies is refused on post and delete but still reads the board', async () => {
    const user = await createConfirmedUser(t);
    const browser = await pageSession(t.app, user);
    const copy = { ...browser.cookies };
    const header = browser.header;
    const tokens = await apiTokens(t, user.username, user.password);
    const { body: mine } = await post(tokens.accessToken, 'to delete').expect(201);

    const out = await request(t.app)
      .post('/logout')
      .set('Cookie', header)
      .type('form')
      .send({ _csrf: copy.csrf })
      .expect(303);
    expect(out.headers.location).toBe('/login?notice=signed-out');

    const posted = await request(t.app)
      .post('/comments')
      .set('Cookie', header)
      .type('form')
      .send({ _csrf: copy.csrf, text: 'written with a copied cookie' })
      .expect(401);
    expect(posted.text).toContain('name="password"');
    expect(posted.text).toContain('written with a copied cookie'); // the draft is kept
    const deleted = await request(t.app)
      .post(`/comments/${mine.id}/delete`)
      .set('Cookie', header)
      .type('form')
      .send({ _csrf: copy.csrf })
      .expect(303);
    expect(deleted.headers.location).toMatch(/^\/login\?next=/);
    await request(t.app)
      .get(`/api/comments/${mine.id}`)
      .set(bearer(tokens.accessToken))
      .expect(200);
    const board = await request(t.app).get('/comments').set('Cookie', header).expect(200);
    expect(board.text).toContain(user.username);
  });

  it('when one browser signs out, then another browser of the same user keeps posting after a transparent refresh', async () => {
    const user = await createConfirmedUser(t);
    const first = await pageSession(t.app, user);
    const second = await pageSession(t.app, user);
    const before = second.cookies.session;

    await request(t.app)
      .post('/logout')
      .set('Cookie', first.header)
      .type('form')
      .send({ _csrf: first.csrf })
      .expect(303);
    await nextSecond();

    const posted = await request(t.app)
      .post('/comments')
      .set('Cookie', second.header)
      .type('form')
      .send({ _csrf: second.csrf, text: 'from the second browser' })
      .expect(303);
    expect(posted.headers.location).toBe('/comments');
    keepCookies(second, posted);
    expect(second.cookies.session).toBeDefined();
    expect(second.cookies.session).not.toBe(before);
    const board = await request(t.app).get('/comments').set('Cookie', second.header).expect(200);
    expect(board.text).toContain('from the second browser');
  });
});
