import { existsSync, readFileSync } from 'node:fs';
import { isJwks, type Jwks } from 'aws-jwt-verify/jwk';

/**
 * The user pool's JWKS as the deploy writes it into the package (`.build/jwks.json`, see
 * scripts/jwks-file.ts), with the address it came from so a file of another pool is never trusted.
 */
export interface PackagedJwks {
  jwksUri: string;
  fetchedAt: string;
  jwks: Jwks;
}

/**
 * The packaged JWKS when `file` holds one for `jwksUri`, else undefined (no file: the first
 * authenticated request fetches it, as before). Reading a small file at cold start costs far less
 * than a round trip to Cognito on the first request.
 */
export function loadPackagedJwks(file: string, jwksUri: string): Jwks | undefined {
  if (!existsSync(file)) return undefined;
  const packaged = JSON.parse(readFileSync(file, 'utf8')) as Partial<PackagedJwks>;
  if (packaged.jwksUri !== jwksUri || !packaged.jwks || !isJwks(packaged.jwks)) return undefined;
  return packaged.jwks;
}
