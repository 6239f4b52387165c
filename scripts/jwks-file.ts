import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isJwks } from 'aws-jwt-verify/jwk';
import type { PackagedJwks } from '../src/auth/packaged-jwks';

/** Where the package carries the pool's JWKS (serverless.yml `package.patterns`). */
export const JWKS_FILE = path.join('.build', 'jwks.json');

/** The JWKS address of a Cognito user pool in AWS, exactly as src/config.ts derives it. */
export function cognitoJwksUri(region: string, userPoolId: string): string {
  return `https://cognito-idp.${region}.amazonaws.com/${userPoolId}/.well-known/jwks.json`;
}

const keysOf = (file: string): string | undefined =>
  existsSync(file)
    ? JSON.stringify((JSON.parse(readFileSync(file, 'utf8')) as PackagedJwks).jwks)
    : undefined;

/**
 * Fetches the pool's JWKS and writes it for the package; true when the keys differ from what the
 * file held (a new pool, or Cognito rotated its keys), so the caller knows to package again.
 */
export async function writePackagedJwks(jwksUri: string, file = JWKS_FILE): Promise<boolean> {
  const response = await fetch(jwksUri, { signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`GET ${jwksUri} answered ${response.status}`);
  const jwks: unknown = await response.json();
  if (!isJwks(jwks as never)) throw new Error(`${jwksUri} did not return a JWKS`);
  const before = keysOf(file);
  const document: PackagedJwks = {
    jwksUri,
    fetchedAt: new Date().toISOString(),
    jwks: jwks as PackagedJwks['jwks'],
  };
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  return before !== JSON.stringify(document.jwks);
}

/** Removes the file, so a package built before its pool exists carries no JWKS at all. */
export function removePackagedJwks(file = JWKS_FILE): void {
  rmSync(file, { force: true });
}
