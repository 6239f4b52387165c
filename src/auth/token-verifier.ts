import { JwtRsaVerifier } from 'aws-jwt-verify';
import { validateCognitoJwtFields } from 'aws-jwt-verify/cognito-verifier';
import { FetchError, JwksValidationError, JwtBaseError } from 'aws-jwt-verify/error';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import type { Fetcher } from 'aws-jwt-verify/https';
import type { Jwks } from 'aws-jwt-verify/jwk';
import type { JwtPayload } from 'aws-jwt-verify/jwt-model';
import { decomposeUnverifiedJwt } from 'aws-jwt-verify/jwt';
import { ServiceUnavailableError, UnauthorizedError } from '../http/errors';
import type { AuthUser } from './auth-user';
import { createJwksFetcher, isAllowedJwksUri } from './jwks-fetcher';
import { createVerifiedTokenMemo, type VerifiedTokenMemo } from './verified-token-memo';

/** A verified token's user plus when the token stops being valid (epoch seconds). */
export interface VerifiedToken {
  user: AuthUser;
  tokenUse: 'access' | 'id';
  expiresAt: number;
  /** The token's `iat` (epoch seconds): compared with a sign-out's tokens-revoked-before marker. */
  issuedAt: number;
  /** The `email` claim: ID tokens carry it, access tokens do not. */
  email?: string;
}

/** Verifies Cognito access and ID tokens of one pool and app client; create once per cold start. */
export interface TokenVerifier {
  /** Resolves the token's user; rejects with InvalidTokenError (401) or ServiceUnavailableError (503). */
  verify(token: string): Promise<VerifiedToken>;
  /** Checks against the keys already cached, never fetching; undefined for anything not valid. */
  verifyCached(token: string): VerifiedToken | undefined;
  /** Pre-fetches the JWKS (optional: the first verify fetches it anyway). */
  hydrate(): Promise<void>;
}

/** Issuer, JWKS address and client id come from config; `allowHttp` only for local stand-ins. */
export interface TokenVerifierOptions {
  issuer: string;
  jwksUri: string;
  clientId: string;
  allowHttp: boolean;
  fetcher?: Fetcher;
  /** The pool's JWKS as the package carries it: no fetch until a token names another key. */
  jwks?: Jwks;
  /** Tokens already verified (a browser or script repeats its token on every request). */
  memo?: VerifiedTokenMemo;
}

/** 401 for a presented token that is not acceptable; carries the RFC 6750 `invalid_token` challenge. */
export class InvalidTokenError extends UnauthorizedError {
  constructor(description = 'The access token is invalid or has expired', cause?: unknown) {
    super(description, 'unauthorized', {
      cause,
      headers: { 'WWW-Authenticate': `Bearer realm="comment-board", error="invalid_token"` },
    });
  }
}

function userOf(payload: JwtPayload): VerifiedToken {
  const tokenUse = payload.token_use as 'access' | 'id';
  const username = tokenUse === 'id' ? payload['cognito:username'] : payload.username;
  const groups = payload['cognito:groups'];
  if (typeof username !== 'string' || !username || typeof payload.sub !== 'string') {
    throw new InvalidTokenError('The token names no user');
  }
  return {
    user: {
      sub: payload.sub,
      username,
      groups: Array.isArray(groups) ? groups.filter((g): g is string => typeof g === 'string') : [],
    },
    tokenUse,
    expiresAt: payload.exp ?? 0,
    issuedAt: payload.iat ?? 0,
    ...(typeof payload.email === 'string' ? { email: payload.email } : {}),
  };
}

/**
 * The user of a token Cognito has just handed to us in answer to our own call (sign-in, new
 * password), read without checking its signature: it came straight from the pool, so signing in
 * does not depend on the JWKS being reachable. Never use it for a token a client presents.
 */
export function readIssuedToken(token: string): VerifiedToken {
  return userOf(decomposeUnverifiedJwt(token).payload);
}

function isUnavailable(error: unknown): boolean {
  return error instanceof FetchError || error instanceof JwksValidationError;
}

/**
 * One code path for AWS and cognito-local (STACK-NOTES.md): JwtRsaVerifier with issuer and JWKS URI
 * from config, Cognito's token_use/client_id/aud rules in customJwtCheck, and a SimpleJwksCache, so
 * after the first JWKS fetch verifying a token makes no network call. A failed fetch is not cached:
 * the next request tries again, so auth recovers by itself once the JWKS is reachable.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  if (!isAllowedJwksUri(options.jwksUri, options.allowHttp)) {
    throw new Error(`The JWKS URI must use https: ${options.jwksUri}`);
  }
  const fetcher = options.fetcher ?? createJwksFetcher({ allowHttp: options.allowHttp });
  const jwksCache = new SimpleJwksCache({
    // Any failure to get the JWKS is an outage (503), whatever the fetcher threw.
    fetcher: {
      fetch: (uri, ...rest) =>
        fetcher.fetch(uri, ...rest).catch((error: unknown) => {
          throw error instanceof FetchError ? error : new FetchError(uri, String(error));
        }),
    },
  });
  const verifier = JwtRsaVerifier.create(
    {
      issuer: options.issuer,
      audience: null,
      jwksUri: options.jwksUri,
      customJwtCheck: ({ payload }) =>
        validateCognitoJwtFields(payload, { tokenUse: null, clientId: options.clientId }),
    },
    { jwksCache },
  );
  // A token whose kid is not in this JWKS still makes the cache fetch (rate-limited): rotation works.
  if (options.jwks) verifier.cacheJwks(options.jwks);
  // The RSA signature check is most of a signed-in request's CPU; a repeated token skips it.
  const memo = options.memo ?? createVerifiedTokenMemo();
  const remembered = (token: string, verified: VerifiedToken) => {
    memo.remember(token, verified);
    return verified;
  };
  return {
    async verify(token) {
      const known = memo.get(token);
      if (known) return known;
      try {
        return remembered(token, userOf(await verifier.verify(token)));
      } catch (error) {
        if (error instanceof InvalidTokenError) throw error;
        if (isUnavailable(error)) {
          throw new ServiceUnavailableError(
            'Sign-in is temporarily unavailable; please try again shortly',
            {
              cause: error,
              retryAfterSeconds: 5,
            },
          );
        }
        if (error instanceof JwtBaseError) throw new InvalidTokenError(undefined, error);
        throw error;
      }
    },
    verifyCached(token) {
      const known = memo.get(token);
      if (known) return known;
      try {
        return remembered(token, userOf(verifier.verifySync(token)));
      } catch {
        return undefined;
      }
    },
    async hydrate() {
      await verifier.hydrate();
    },
  };
}
