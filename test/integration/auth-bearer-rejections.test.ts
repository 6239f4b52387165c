import request from 'supertest';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import { createDependencies } from '../../src/dependencies';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { startJwksServer, type JwksServer } from '../helpers/jwks-server';
import {
  cognitoClaims,
  createTestKey,
  jwksOf,
  signJwt,
  tamperPayload,
} from '../helpers/jwt-factory';

// The app is pointed (COGNITO_ISSUER / COGNITO_JWKS_URI) at a JWKS this test serves, so it can sign
// every kind of bad token itself; the same verifier code path runs as with Cognito.
const ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Rejections';
const key = createTestKey('test-kid');
let jwks: JwksServer;
let t: TestApp;
let clientId: string;

beforeAll(async () => {
  jwks = await startJwksServer(jwksOf(key));
  t = await createTestApp({ COGNITO_ISSUER: ISSUER, COGNITO_JWKS_URI: jwks.uri });
  clientId = t.config.clientId;
});
afterAll(async () => {
  t.close();
  await jwks.close();
});

const claims = (extra: Partial<Parameters<typeof cognitoClaims>[0]> = {}) =>
  cognitoClaims({ issuer: ISSUER, clientId, ...extra });
const rs256 = (payload: object) => signJwt(payload, { alg: 'RS256', key });
const me = (authorization?: string) => {
  const req = request(t.app).get('/api/me');
  return authorization === undefined ? req : req.set('Authorization', authorization);
};

describe('bearer tokens signed in the test', () => {
  it('when a well-formed token is sent many times, then each is accepted and the JWKS was fetched once', async () => {
    jwks.hits = 0;
    for (let i = 0; i < 5; i += 1) {
      const res = await me(`Bearer ${rs256(claims({ groups: ['moderators'] }))}`);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({
        sub: expect.any(String),
        username: 'alice',
        groups: ['moderators'],
      });
    }
    expect(jwks.hits).toBe(1);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a Basic header', 'Basic YWxpY2U6c2VjcmV0'],
  ])('when there is %s, then 401 with a plain Bearer challenge', async (_name, header) => {
    const res = await me(header);
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('unauthorized');
    expect(res.headers['www-authenticate']).toBe('Bearer realm="comment-board"');
  });

  const presented: [string, () => string][] = [
    ['Bearer with nothing', () => 'Bearer'],
    ['Bearer with a blank', () => 'Bearer    '],
    ['garbage', () => 'Bearer not-a-jwt'],
    ['two tokens', () => `Bearer ${rs256(claims())} extra`],
    ['alg none', () => `Bearer ${signJwt(claims(), { alg: 'none', kid: key.kid })}`],
    [
      'HS256 signed with the public key as secret',
      () => {
        const secret = key.publicKey.export({ format: 'pem', type: 'spki' });
        return `Bearer ${signJwt(claims(), { alg: 'HS256', kid: key.kid, secret })}`;
      },
    ],
    ['an unknown kid', () => `Bearer ${signJwt(claims(), { alg: 'RS256', key, kid: 'unknown' })}`],
    ['a tampered payload', () => `Bearer ${tamperPayload(rs256(claims()), { username: 'admin' })}`],
    ['an expired token', () => `Bearer ${rs256(claims({ expiresIn: -60 }))}`],
    ['another issuer', () => `Bearer ${rs256(claims({ issuer: 'https://evil.example/pool' }))}`],
    ['another client id', () => `Bearer ${rs256(claims({ clientId: 'someone-else' }))}`],
    ['another audience', () => `Bearer ${rs256(claims({ clientId: 'x', tokenUse: 'id' }))}`],
    ['a wrong token_use', () => `Bearer ${rs256(claims({ tokenUse: 'refresh' }))}`],
  ];
  it.each(presented)(
    'when the token is %s, then 401 with error="invalid_token"',
    async (_n, header) => {
      const res = await me(header());
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthorized');
      expect(res.headers['www-authenticate']).toMatch(
        /^Bearer realm="comment-board", error="invalid_token"/,
      );
    },
  );

  it('when the JWKS is unreachable at cold start, then /api/me is 503, /login renders, and auth recovers', async () => {
    jwks.available = false;
    const cold = createApp(createDependencies(loadConfig(t.env)));
    const token = rs256(claims());
    const down = await request(cold).get('/api/me').set('Authorization', `Bearer ${token}`);
    expect(down.status).toBe(503);
    expect(down.body.error.code).toBe('service_unavailable');
    expect((await request(cold).get('/login')).status).toBe(200);
    jwks.available = true;
    const up = await request(cold).get('/api/me').set('Authorization', `Bearer ${token}`);
    expect(up.status).toBe(200);
  });
});
