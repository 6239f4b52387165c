import type { CognitoAuthClient, CognitoAuthClientOptions } from './cognito-auth-client';

/**
 * The Cognito client, loaded on its first call: amazon-cognito-identity-js is only needed by the
 * sign-in, sign-up, refresh and sign-out routes, so the cold start of every other request (health,
 * pages, API calls with a token) neither initialises it nor pays for it. The dynamic import stays
 * inside the Lambda bundle (esbuild inlines it as a lazily run module). Every method of the
 * interface returns a promise, so each is forwarded as one.
 */
export function createLazyCognitoAuthClient(options: CognitoAuthClientOptions): CognitoAuthClient {
  let client: Promise<CognitoAuthClient> | undefined;
  const load = () =>
    (client ??= import('./cognito-auth-client').then((module) =>
      module.createCognitoAuthClient(options),
    ));
  return new Proxy({} as CognitoAuthClient, {
    get:
      (_target, method: keyof CognitoAuthClient) =>
      async (...args: unknown[]) =>
        ((await load())[method] as (...a: unknown[]) => Promise<unknown>)(...args),
  });
}
