import { freshPool, libraryClientOf } from './cognito-pool';
import { cognitoCall } from './cognito-call';
import { cognitoAppError } from './cognito-errors';
import type { CognitoAuthClientOptions } from './cognito-auth-client';

/** Account recovery calls on the user pool; like sign-in, none needs credentials or admin rights. */
export interface CognitoAccountClient {
  /** ForgotPassword: Cognito sends a reset code to the user's email address. */
  forgotPassword(username: string): Promise<void>;
  /** ConfirmForgotPassword: sets the new password when the code matches. */
  resetPassword(username: string, code: string, newPassword: string): Promise<void>;
  /**
   * Checks the current password with a USER_PASSWORD_AUTH sign-in (a wrong one is 401 whatever
   * Cognito calls it), then ChangePassword with that sign-in's fresh access token.
   */
  changePassword(username: string, previous: string, proposed: string): Promise<void>;
  /** GetUser: the user's attributes (the email) as the access token's owner sees them. */
  getUser(accessToken: string): Promise<{ email?: string }>;
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
  const send = (operation: string, params: object) =>
    new Promise<Record<string, unknown> | undefined>((resolve, reject) =>
      libraryClientOf(freshPool(options)).request(operation, params, (error, result) =>
        error ? reject(error) : resolve(result),
      ),
    );
  const request =
    (operation: string, params: object) =>
    (resolve: () => void, reject: (error: unknown) => void) =>
      send(operation, params).then(() => resolve(), reject);
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
    async changePassword(username, previous, proposed) {
      const signedIn = await cognitoCall<Record<string, unknown> | undefined>(
        'currentPassword',
        timeoutMs,
        (resolve, reject) =>
          send('InitiateAuth', {
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: options.clientId,
            AuthParameters: { USERNAME: username, PASSWORD: previous },
          }).then(resolve, reject),
      );
      const accessToken = (signedIn?.AuthenticationResult as { AccessToken?: string } | undefined)
        ?.AccessToken;
      if (!accessToken) throw cognitoAppError(new Error('No access token'), 'currentPassword');
      await cognitoCall<void>(
        'changePassword',
        timeoutMs,
        request('ChangePassword', {
          AccessToken: accessToken,
          PreviousPassword: previous,
          ProposedPassword: proposed,
        }),
      );
    },
    getUser: (accessToken) =>
      cognitoCall<{ email?: string }>('getUser', timeoutMs, (resolve, reject) =>
        send('GetUser', { AccessToken: accessToken }).then((result) => {
          const attributes = (result?.UserAttributes ?? []) as { Name: string; Value?: string }[];
          resolve({ email: attributes.find((attribute) => attribute.Name === 'email')?.Value });
        }, reject),
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
