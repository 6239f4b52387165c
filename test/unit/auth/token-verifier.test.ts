import type { Jwks } from 'aws-jwt-verify/jwk';
import {
  InvalidTokenError,
  createTokenVerifier,
  readIssuedToken,
} from '../../../src/auth/token-verifier';
import { ServiceUnavailableError } from '../../../src/http/errors';
import {
  cognitoClaims,
  createTestKey,
  jwksOf,
  signJwt,
  tamperPayload,
} from '../../helpers/jwt-factory';

const ISSUER = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_TestPool';
const JWKS_URI = `${ISSUER}/.well-known/jwks.json`;
const CLIENT_ID = 'our-client';
const key = createTestKey('key-1');
const otherKey = createTestKey('key-1');

/** A fetcher with no network: serves the JWKS (or fails while `down`) and counts calls. */
function fakeFetcher(document: object = jwksOf(key)) {
  const state = { calls: 0, down: false };
  const fetcher = {
    async fetch(uri: string) {
      state.calls += 1;
      if (state.down) throw new Error(`connect ECONNREFUSED (${uri})`);
      return new TextEncoder().encode(JSON.stringify(document)).buffer as ArrayBuffer;
    },
  };
  return { fetcher, state };
}

function verifierWith(fetcher = fakeFetcher().fetcher) {
  return createTokenVerifier({
    issuer: ISSUER,
    jwksUri: JWKS_URI,
    clientId: CLIENT_ID,
    allowHttp: false,
    fetcher,
  });
}

const claims = (
  extra: Parameters<typeof cognitoClaims>[0] extends infer O ? Partial<O> : never = {},
) => cognitoClaims({ issuer: ISSUER, clientId: CLIENT_ID, ...extra });
const rs256 = (payload: object) => signJwt(payload, { alg: 'RS256', key });

describe('token verifier', () => {
  it('when an access token is valid, then it yields sub, username and groups', async () => {
    const verified = await verifierWith().verify(rs256(claims({ groups: ['moderators'] })));
    expect(verified.user).toEqual({
      sub: expect.any(String),
      username: 'alice',
      groups: ['moderators'],
    });
    expect(verified.tokenUse).toBe('access');
  });

  it('when an ID token is valid, then it yields the cognito:username', async () => {
    const verified = await verifierWith().verify(
      rs256(claims({ tokenUse: 'id', username: 'bob' })),
    );
    expect(verified.user).toEqual({ sub: expect.any(String), username: 'bob', groups: [] });
  });

  it('when many tokens are verified, then the JWKS is fetched once', async () => {
    const { fetcher, state } = fakeFetcher();
    const verifier = verifierWith(fetcher);
    for (let i = 0; i < 20; i += 1) await verifier.verify(rs256(claims({ username: `u${i}` })));
    expect(state.calls).toBe(1);
  });

  it('when the JWKS is unreachable, then verify fails with 503 and recovers once it is back', async () => {
    const { fetcher, state } = fakeFetcher();
    const verifier = verifierWith(fetcher);
    state.down = true;
    await expect(verifier.verify(rs256(claims()))).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(verifier.verify(rs256(claims()))).rejects.toBeInstanceOf(ServiceUnavailableError);
    state.down = false;
    await expect(verifier.verify(rs256(claims()))).resolves.toMatchObject({
      user: { username: 'alice' },
    });
  });

  const rejections: [string, () => string][] = [
    ['garbage', () => 'not.a.jwt'],
    ['an empty string', () => ''],
    ['alg none', () => signJwt(claims(), { alg: 'none', kid: key.kid })],
    [
      'HS256 signed with the public key as the secret',
      () =>
        signJwt(claims(), {
          alg: 'HS256',
          kid: key.kid,
          secret: key.publicKey.export({ format: 'pem', type: 'spki' }),
        }),
    ],
    ['an unknown kid', () => signJwt(claims(), { alg: 'RS256', key, kid: 'no-such-kid' })],
    ['a tampered payload', () => tamperPayload(rs256(claims()), { username: 'admin' })],
    ['another key with the same kid', () => signJwt(claims(), { alg: 'RS256', key: otherKey })],
    ['an expired token', () => rs256(claims({ expiresIn: -60 }))],
    ['another issuer', () => rs256(claims({ issuer: `${ISSUER}x` }))],
    ['another client id (access)', () => rs256(claims({ clientId: 'other-client' }))],
    ['another audience (id)', () => rs256(claims({ clientId: 'other-client', tokenUse: 'id' }))],
    ['a wrong token_use', () => rs256(claims({ tokenUse: 'refresh' }))],
    ['no token_use', () => rs256({ ...claims(), token_use: undefined })],
    ['no username', () => rs256({ ...claims(), username: undefined })],
  ];
  it.each(rejections)(
    'when the token is %s, then it is rejected as invalid (401)',
    async (_name, make) => {
      const error = await verifierWith()
        .verify(make())
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTokenError);
      expect((error as InvalidTokenError).status).toBe(401);
      expect((error as InvalidTokenError).headers['WWW-Authenticate']).toMatch(
        /error="invalid_token"/,
      );
    },
  );

  it('when the JWKS URI is http and http is not allowed, then creating the verifier fails', () => {
    expect(() =>
      createTokenVerifier({
        issuer: ISSUER,
        jwksUri: 'http://x/jwks.json',
        clientId: CLIENT_ID,
        allowHttp: false,
      }),
    ).toThrow(/https/);
  });

  describe('with the JWKS the package carries', () => {
    const rotated = createTestKey('key-2');
    const packaged = (fetcher: ReturnType<typeof fakeFetcher>['fetcher']) =>
      createTokenVerifier({
        issuer: ISSUER,
        jwksUri: JWKS_URI,
        clientId: CLIENT_ID,
        allowHttp: false,
        fetcher,
        jwks: jwksOf(key) as unknown as Jwks,
      });

    it('when a token signed with a packaged key is verified, then no JWKS is fetched', async () => {
      const { fetcher, state } = fakeFetcher();

      const verified = await packaged(fetcher).verify(rs256(claims()));

      expect(verified.user.username).toBe('alice');
      expect(state.calls).toBe(0);
    });

    it('when the pool has rotated to a key the package lacks, then one fetch finds it and later tokens need none', async () => {
      const { fetcher, state } = fakeFetcher(jwksOf(key, rotated));
      const verifier = packaged(fetcher);
      const signedWithRotated = () => signJwt(claims(), { alg: 'RS256', key: rotated });

      await expect(verifier.verify(signedWithRotated())).resolves.toMatchObject({
        user: { username: 'alice' },
      });
      await verifier.verify(signedWithRotated());
      await verifier.verify(rs256(claims()));

      expect(state.calls).toBe(1);
    });

    it('when a token names a key neither the package nor the pool has, then it is a 401', async () => {
      const { fetcher, state } = fakeFetcher(jwksOf(key));
      const stranger = createTestKey('key-unknown');

      await expect(
        packaged(fetcher).verify(signJwt(claims(), { alg: 'RS256', key: stranger })),
      ).rejects.toBeInstanceOf(InvalidTokenError);
      expect(state.calls).toBe(1);
    });
  });
});

describe('token verifier with verified tokens remembered', () => {
  it('when a valid token was verified, then a tampered copy of it is still refused', async () => {
    const verifier = verifierWith();
    const token = rs256(claims());
    await verifier.verify(token);
    await expect(verifier.verify(tamperPayload(token, { username: 'mallory' }))).rejects.toThrow(
      InvalidTokenError,
    );
    expect((await verifier.verify(token)).user.username).toBe('alice');
  });

  it('when a token was verified and then answered from memory, then verifyCached agrees without keys', async () => {
    const { fetcher, state } = fakeFetcher();
    const verifier = verifierWith(fetcher);
    const token = rs256(claims());
    await verifier.verify(token);
    state.down = true;
    expect(verifier.verifyCached(token)?.user.username).toBe('alice');
    expect((await verifier.verify(token)).user.username).toBe('alice');
    expect(state.calls).toBe(1);
  });
});

describe('reading a token Cognito has just issued', () => {
  it('when the token comes from our own sign-in call, then its user and iat are read without any key', () => {
    const token = rs256(claims({ groups: ['moderators'] }));
    const read = readIssuedToken(token);
    expect(read.user).toEqual({
      sub: expect.any(String),
      username: 'alice',
      groups: ['moderators'],
    });
    expect(read.issuedAt).toBeGreaterThan(0);
  });
});
