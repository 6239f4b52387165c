import request from 'supertest';
import { startJwksServer, type JwksServer } from '../../helpers/jwks-server';
import { cognitoClaims, createTestKey, jwksOf, signJwt } from '../../helpers/jwt-factory';
import { cookieHeader } from '../../helpers/set-cookies';
import { createTestApp, type TestApp } from '../../helpers/test-app';

// The app trusts a JWKS this test serves, so it can sign a token that is genuine but expired: the
// one case a tampered token cannot stand for (its signature is what fails, not its age).
const ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_PublicBoards';
const key = createTestKey('public-kid');
const SLUG = 'open-expiry';
let jwks: JwksServer;
let t: TestApp;

const token = (expiresIn: number) =>
  signJwt(cognitoClaims({ issuer: ISSUER, clientId: t.config.clientId, expiresIn }), {
    alg: 'RS256',
    key,
  });

beforeAll(async () => {
  jwks = await startJwksServer(jwksOf(key));
  t = await createTestApp({ COGNITO_ISSUER: ISSUER, COGNITO_JWKS_URI: jwks.uri });
  const moderator = { sub: 'mod-sub', username: 'mod', groups: ['moderators'] };
  await t.deps.boards.create(moderator, { slug: SLUG, title: 'Open', visibility: 'public' });
});
afterAll(async () => {
  t.close();
  await jwks.close();
});

describe('a public board and an expired token', () => {
  it('when no token is sent, then the board is readable (the board really is public)', async () => {
    await request(t.app).get(`/api/boards/${SLUG}`).expect(200);
    await request(t.app).get(`/b/${SLUG}`).expect(200);
  });

  it('when a genuine token is sent, then it is accepted (the signing setup works)', async () => {
    const live = token(3600);
    await request(t.app)
      .get(`/api/boards/${SLUG}`)
      .set('Authorization', `Bearer ${live}`)
      .expect(200);
    const page = await request(t.app)
      .get(`/b/${SLUG}`)
      .set('Cookie', cookieHeader({ session: live }));
    expect([page.status, page.headers['cache-control']]).toEqual([200, 'private, no-store']);
  });

  it('when a genuine but expired bearer token is sent, then the API is 401, not the anonymous answer', async () => {
    for (const path of [`/api/boards/${SLUG}`, `/api/boards/${SLUG}/comments`, '/api/boards']) {
      const res = await request(t.app)
        .get(path)
        .set('Authorization', `Bearer ${token(-60)}`);
      expect([path, res.status, res.body.error.code]).toEqual([path, 401, 'unauthorized']);
      expect(res.headers['www-authenticate']).toMatch(/error="invalid_token"/);
    }
  });

  it('when a genuine but expired session cookie is sent (no refresh), then pages go to sign-in', async () => {
    for (const path of [`/b/${SLUG}`, '/']) {
      const res = await request(t.app)
        .get(path)
        .set('Cookie', cookieHeader({ session: token(-60) }));
      expect([path, res.status, res.headers.location]).toEqual([
        path,
        303,
        `/login?next=${encodeURIComponent(path)}`,
      ]);
      expect(res.headers['cache-control']).toBe('private, no-store');
    }
  });
});
