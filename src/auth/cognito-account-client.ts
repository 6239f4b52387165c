import { freshPool, libraryClientOf } from './cognito-pool';
import { cognitoCall } from './cognito-call';
import type { CognitoAuthClientOptions } from './cognito-auth-client';

/** Account recovery calls on the user pool; like sign-in, none needs credentials or admin rights. */
export interface CognitoAccountClient {
  /** ForgotPassword: Cognito sends a reset code to the user's email address. */
  forgotPassword(username: string): Promise<void>;
  /** ConfirmForgotPassword: sets the new password when the code matches. */
  resetPassword(username: string, code: string, newPassword: string): Promise<void>;
  /**
   * DeleteUser with the user's own access token (no admin rights needed); resolves when the user is
   * already gone, so a repeated erasure passes.
   */
  deleteUser(accessToken: string): Promise<void>;
}

/** The account calls through amazon-cognito-identity-js's low-level client (one request, no retry). */
export function createCognitoAccountClient(
  options: CognitoAuthClientOptions,
): CognitoAccountClient {
  const timeoutMs = options.timeoutMs ?? 8000;
  const request =
    (operation: string, params: object) =>
    (resolve: () => void, reject: (error: unknown) => void) =>
      libraryClientOf(freshPool(options)).request(operation, params, (error) =>
        error ? reject(error) : resolve(),
      );
  return {
    forgotPassword: (username) =>
      cognitoCall<void>(
        'forgotPassword',
        timeoutMs,
        request('ForgotPassword', { ClientId: options.clientId, Username: username }),
      ),
    resetPassword: (username, code, newPassword) =>
      cognitoCall<void>(
        'resetPassword',
        timeoutMs,
        request('ConfirmForgotPassword', {
          ClientId: options.clientId,
          Username: username,
          ConfirmationCode: code,
          Password: newPassword,
        }),
      ),
    deleteUser: (accessToken) =>
      cognitoCall<void>('deleteUser', timeoutMs, (resolve, reject) =>
        request('DeleteUser', { AccessToken: accessToken })(resolve, (error) =>
          (error as { code?: string })?.code === 'UserNotFoundException'
            ? resolve()
            : reject(error),
        ),
      ),
  };
}
