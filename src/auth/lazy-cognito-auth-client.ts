import type { CognitoAccountClient } from './cognito-account-client';
import type { CognitoAuthClient, CognitoAuthClientOptions } from './cognito-auth-client';

/**
 * A client whose module is loaded on its first call. Every method must return a promise, so each
 * is forwarded as one. The dynamic import stays inside the Lambda bundle (esbuild inlines it as a
 * lazily run module).
 */
function loadedOnFirstCall<T extends object>(load: () => Promise<T>): T {
  let client: Promise<T> | undefined;
  return new Proxy({} as T, {
    get:
      (_target, method: string | symbol) =>
      async (...args: unknown[]) => {
        const loaded = await (client ??= load());
        return (loaded[method as keyof T] as (...a: unknown[]) => Promise<unknown>)(...args);
      },
  });
}

/**
 * The Cognito clients, loaded on their first call: amazon-cognito-identity-js is only needed by the
 * sign-in, sign-up, refresh, sign-out and account-recovery routes, so the cold start of every other
 * request (health, pages, API calls with a token) neither initialises it nor pays for it.
 */
export function createLazyCognitoAuthClient(options: CognitoAuthClientOptions): CognitoAuthClient {
  return loadedOnFirstCall(() =>
    import('./cognito-auth-client').then((module) => module.createCognitoAuthClient(options)),
  );
}

/** The account-recovery calls (forgot and reset password), loaded on their first call likewise. */
export function createLazyCognitoAccountClient(
  options: CognitoAuthClientOptions,
): CognitoAccountClient {
  return loadedOnFirstCall(() =>
    import('./cognito-account-client').then((module) => module.createCognitoAccountClient(options)),
  );
}
