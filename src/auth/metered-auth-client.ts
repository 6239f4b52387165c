import { AppError } from '../http/errors';
import type { MetricsCounter } from '../http/business-metrics';
import type { CognitoAuthClient } from './cognito-auth-client';
import { NewPasswordRequiredError } from './new-password-required';

/**
 * True when the user pool refused the sign-in itself (wrong password, unknown or unconfirmed user).
 * Not a new-password step (a sign-in half done), a 429 (lockout or throttling: RateLimitedRequests)
 * nor an outage (ServerErrors).
 */
function isRefusal(error: unknown): boolean {
  return (
    error instanceof AppError &&
    !(error instanceof NewPasswordRequiredError) &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 429
  );
}

/** The user-pool client counting sign-ins (succeeded, refused) and sign-ups for every route that uses it. */
export function createMeteredAuthClient(
  cognito: CognitoAuthClient,
  metrics: MetricsCounter,
): CognitoAuthClient {
  const signedIn = <T>(result: T): T => {
    metrics.count('SignInsSucceeded');
    return result;
  };
  const refused = (error: unknown): never => {
    if (isRefusal(error)) metrics.count('SignInsFailed');
    throw error;
  };
  return {
    ...cognito,
    signIn: (username, password) => cognito.signIn(username, password).then(signedIn, refused),
    // Finishing the new-password step is the moment that sign-in succeeds.
    completeNewPassword: (username, session, newPassword) =>
      cognito.completeNewPassword(username, session, newPassword).then(signedIn),
    signUp: (input) =>
      cognito.signUp(input).then((result) => {
        metrics.count('SignUps');
        return result;
      }),
  };
}
