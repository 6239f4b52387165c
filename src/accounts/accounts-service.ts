import { AppError, ValidationError } from '../http/errors';
import type { CognitoAccountClient } from '../auth/cognito-account-client';
import type { AuthTokens, CognitoAuthClient } from '../auth/cognito-auth-client';
import type { ChallengeStore } from '../auth/challenge-store';
import { INVALID_SESSION_MESSAGE } from '../auth/new-password-required';

/** What the account flows need; built once per cold start in dependencies.ts. */
export interface AccountsDeps {
  cognito: CognitoAccountClient;
  /** The sign-in client, for answering the new-password challenge. */
  signIn: Pick<CognitoAuthClient, 'completeNewPassword'>;
  challenges: ChallengeStore;
}

/** Password reset rules, independent of HTTP. */
export interface AccountsService {
  /** Asks Cognito to send a reset code; resolves the same whether or not the user exists. */
  requestReset(username: string): Promise<void>;
  /** Sets a new password with the emailed code. */
  resetPassword(input: { username: string; code: string; newPassword: string }): Promise<void>;
  /** Finishes a first sign-in: the app's handle (single use) → Cognito's session → tokens. */
  completeNewPassword(input: {
    username: string;
    session: string;
    newPassword: string;
  }): Promise<AuthTokens>;
}

/**
 * Whether a ForgotPassword failure would tell the caller something about the account (unknown user,
 * no verified email, unconfirmed): those are swallowed. Throttling (429) and outages (503) are not
 * about the account and are reported.
 */
const revealsAccount = (error: unknown): boolean =>
  error instanceof AppError && error.status < 500 && error.status !== 429;

/** Builds the service over the Cognito account client. */
export function createAccountsService(deps: AccountsDeps): AccountsService {
  return {
    async requestReset(username) {
      await deps.cognito.forgotPassword(username).catch((error: unknown) => {
        if (!revealsAccount(error)) throw error;
      });
    },
    resetPassword: ({ username, code, newPassword }) =>
      deps.cognito.resetPassword(username, code, newPassword),
    async completeNewPassword({ username, session, newPassword }) {
      const cognitoSession = await deps.challenges.take(session, username);
      if (!cognitoSession) throw new ValidationError(INVALID_SESSION_MESSAGE, 'invalid_session');
      return deps.signIn.completeNewPassword(username, cognitoSession, newPassword);
    },
  };
}
