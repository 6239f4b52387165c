import { createHmac, createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';

/** An RSA signing key made in the test, with its public JWK. */
export interface TestKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  jwk: Record<string, string>;
}

/** A fresh RS256 key pair (2048-bit) with `kid`. */
export function createTestKey(kid = 'test-key'): TestKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' }) as Record<string, string>;
  return { kid, privateKey, publicKey, jwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

/** The JWKS document that publishes these keys. */
export function jwksOf(...keys: TestKey[]): { keys: Record<string, string>[] } {
  return { keys: keys.map((key) => key.jwk) };
}

const b64 = (value: object | Buffer): string =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** How to sign: RS256 with a key, HS256 with a shared secret, or not at all (`alg: none`). */
export type Signing =
  | { alg: 'RS256'; key: TestKey; kid?: string }
  | { alg: 'HS256'; secret: Buffer | string; kid: string }
  | { alg: 'none'; kid: string };

/** A compact JWT of `payload` signed as `signing` says. */
export function signJwt(payload: object, signing: Signing): string {
  const kid = signing.alg === 'RS256' ? (signing.kid ?? signing.key.kid) : signing.kid;
  const input = `${b64({ alg: signing.alg, kid, typ: 'JWT' })}.${b64(payload)}`;
  if (signing.alg === 'none') return `${input}.`;
  if (signing.alg === 'HS256') {
    return `${input}.${createHmac('sha256', signing.secret).update(input).digest('base64url')}`;
  }
  return `${input}.${createSign('RSA-SHA256').update(input).sign(signing.key.privateKey, 'base64url')}`;
}

/** Claims of a Cognito access token (or, with `tokenUse: 'id'`, an ID token) valid for an hour. */
export function cognitoClaims(options: {
  issuer: string;
  clientId: string;
  tokenUse?: string;
  username?: string;
  groups?: string[];
  expiresIn?: number;
}): Record<string, unknown> {
  const now = Math.floor(Date.now() / 1000);
  const username = options.username ?? 'alice';
  const common = {
    sub: '11111111-2222-3333-4444-555555555555',
    iss: options.issuer,
    iat: now,
    exp: now + (options.expiresIn ?? 3600),
    token_use: options.tokenUse ?? 'access',
    ...(options.groups ? { 'cognito:groups': options.groups } : {}),
  };
  return options.tokenUse === 'id'
    ? { ...common, aud: options.clientId, 'cognito:username': username }
    : { ...common, client_id: options.clientId, username };
}

/** The same token with its payload replaced but the original signature kept. */
export function tamperPayload(token: string, change: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as object;
  return `${header}.${b64({ ...claims, ...change })}.${signature}`;
}
