import { createMeteredAuthClient } from '../../../src/auth/metered-auth-client';
import type { AuthTokens, CognitoAuthClient } from '../../../src/auth/cognito-auth-client';
import { NewPasswordRequiredError } from '../../../src/auth/new-password-required';
import type { BusinessMetric } from '../../../src/http/business-metrics';
import { ServiceUnavailableError, UnauthorizedError } from '../../../src/http/errors';

const TOKENS: AuthTokens = { accessToken: 'a', idToken: 'i', refreshToken: 'r', expiresIn: 900 };

/** A user pool whose sign-in fails with `signInError` (or succeeds), counting into `counted`. */
function metered(signInError?: Error) {
  const counted: BusinessMetric[] = [];
  const pool = {
    signIn: async () => {
      if (signInError) throw signInError;
      return TOKENS;
    },
    completeNewPassword: async () => TOKENS,
  } as unknown as CognitoAuthClient;
  const client = createMeteredAuthClient(pool, { count: (metric) => counted.push(metric) });
  return { client, counted };
}

describe('createMeteredAuthClient', () => {
  it('when a sign-in needs a new password and it is then set, then one SignInsSucceeded is counted and no failure', async () => {
    const { client, counted } = metered(new NewPasswordRequiredError('session'));

    await expect(client.signIn('u', 'p')).rejects.toBeInstanceOf(NewPasswordRequiredError);
    await client.completeNewPassword('u', 'session', 'New-passw0rd');

    expect(counted).toEqual(['SignInsSucceeded']);
  });

  it('when Cognito is down during a sign-in, then no SignInsFailed is counted', async () => {
    const { client, counted } = metered(new ServiceUnavailableError());

    await expect(client.signIn('u', 'p')).rejects.toBeInstanceOf(ServiceUnavailableError);

    expect(counted).toEqual([]);
  });

  it('when the password is wrong, then SignInsFailed is counted and the error passes through', async () => {
    const { client, counted } = metered(new UnauthorizedError('no', 'invalid_credentials'));

    await expect(client.signIn('u', 'p')).rejects.toBeInstanceOf(UnauthorizedError);

    expect(counted).toEqual(['SignInsFailed']);
  });
});
