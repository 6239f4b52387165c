import { CognitoUserPool, type ICognitoStorage } from 'amazon-cognito-identity-js';

/** The library's low-level client (not in its .d.ts): `request` makes one call, no retries. */
export interface LibraryClient {
  request(
    operation: string,
    params: object,
    callback: (error: unknown, result?: Record<string, unknown>) => void,
  ): void;
  requestWithRetry: LibraryClient['request'];
}

/** The library keeps tokens in a storage that defaults to one process-wide object: never share it. */
export function memoryStorage(): ICognitoStorage {
  const items = new Map<string, string>();
  return {
    setItem: (key, value) => void items.set(key, value),
    getItem: (key) => items.get(key) ?? null,
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

/** The pool object's own client, for calls the library has no typed method for. */
export function libraryClientOf(pool: CognitoUserPool): LibraryClient {
  return (pool as unknown as { client: LibraryClient }).client;
}

/**
 * A pool object for one call, with its own storage so nothing leaks between users. The library's
 * refreshSession retries every error (even a revoked token) for about 6 s; one attempt is enough.
 */
export function freshPool(options: {
  userPoolId: string;
  clientId: string;
  endpoint?: string;
}): CognitoUserPool {
  const pool = new CognitoUserPool({
    UserPoolId: options.userPoolId,
    ClientId: options.clientId,
    endpoint: options.endpoint,
    Storage: memoryStorage(),
  });
  const client = libraryClientOf(pool);
  client.requestWithRetry = client.request.bind(client);
  return pool;
}
