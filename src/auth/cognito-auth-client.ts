import {
  CognitoAccessToken,
  CognitoRefreshToken,
  CognitoUser,
  CognitoUserAttribute,
  type CognitoUserSession,
} from 'amazon-cognito-identity-js';
import { ForbiddenError } from '../http/errors';
import { freshPool, libraryClientOf, memoryStorage } from './cognito-pool';
import type { CognitoOperation } from './cognito-errors';
import { cognitoCall } from './cognito-call';
import { NewPasswordRequiredError } from './new-password-required';

/** Tokens of a signed-in user; `expiresIn` is the access token's remaining life in seconds. */
export interface AuthTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
  expiresIn: number;
}

/** Sign-up details as the form and the API take them. */
export interface SignUpInput {
  username: string;
  email: string;
  password: string;
}

/** The user-pool calls the app makes; none of them needs AWS credentials or admin rights. */
export interface CognitoAuthClient {
  signIn(username: string, password: string): Promise<AuthTokens>;
  refresh(refreshToken: string): Promise<AuthTokens>;
  /** SignUp; `userSub` is the new user's Cognito `sub`. */
  signUp(input: SignUpInput): Promise<{ userConfirmed: boolean; userSub: string }>;
  confirm(username: string, code: string): Promise<void>;
  /** Revokes a refresh token (RevokeToken), so a copied refresh cookie stops working after sign-out. */
  revoke(refreshToken: string): Promise<void>;
  /** Answers NEW_PASSWORD_REQUIRED (RespondToAuthChallenge) with Cognito's own session. */
  completeNewPassword(
    username: string,
    cognitoSession: string,
    newPassword: string,
  ): Promise<AuthTokens>;
}

/** Pool and client ids from config; `endpoint` only for the local stand-in. */
export interface CognitoAuthClientOptions {
  userPoolId: string;
  clientId: string;
  endpoint?: string;
  timeoutMs?: number;
}

/** The tokens InitiateAuth returns when no further challenge is needed. */
interface InitiateAuthResult {
  AccessToken?: string;
  IdToken?: string;
  RefreshToken?: string;
}

/**
 * Seconds until the access token's own `exp`. Cognito's `ExpiresIn` is not used: cognito-local says
 * 3600 for tokens that live 24 h, and the token is what the verifier will hold us to.
 */
function secondsLeft(access: CognitoAccessToken): number {
  return Math.max(0, access.getExpiration() - Math.floor(Date.now() / 1000));
}

function tokensOf(session: CognitoUserSession): AuthTokens {
  const access = session.getAccessToken();
  return {
    accessToken: access.getJwtToken(),
    idToken: session.getIdToken().getJwtToken(),
    refreshToken: session.getRefreshToken().getToken(),
    expiresIn: secondsLeft(access),
  };
}

/** Tokens out of an InitiateAuth/RespondToAuthChallenge answer, or the challenge it asks for. */
function settle(
  result: Record<string, unknown> | undefined,
  resolve: (tokens: AuthTokens) => void,
  reject: (error: unknown) => void,
): void {
  const tokens = result?.AuthenticationResult as InitiateAuthResult | undefined;
  if (result?.ChallengeName === 'NEW_PASSWORD_REQUIRED' && typeof result.Session === 'string')
    return reject(new NewPasswordRequiredError(result.Session));
  if (!tokens?.AccessToken || !tokens.IdToken || !tokens.RefreshToken) {
    return reject(
      new ForbiddenError(
        'This account needs a sign-in step this site does not support',
        'unsupported_challenge',
      ),
    );
  }
  resolve({
    accessToken: tokens.AccessToken,
    idToken: tokens.IdToken,
    refreshToken: tokens.RefreshToken,
    expiresIn: secondsLeft(new CognitoAccessToken({ AccessToken: tokens.AccessToken })),
  });
}

/** amazon-cognito-identity-js behind promises: USER_PASSWORD_AUTH, REFRESH_TOKEN_AUTH, SignUp, ConfirmSignUp. */
export function createCognitoAuthClient(options: CognitoAuthClientOptions): CognitoAuthClient {
  const timeoutMs = options.timeoutMs ?? 8000;
  const pool = () => freshPool(options);
  const userOf = (username: string) =>
    new CognitoUser({ Username: username, Pool: pool(), Storage: memoryStorage() });
  const call = <T>(
    operation: CognitoOperation,
    run: (resolve: (value: T) => void, reject: (error: unknown) => void) => void,
  ): Promise<T> => cognitoCall(operation, timeoutMs, run);

  return {
    completeNewPassword: (username, cognitoSession, newPassword) =>
      call<AuthTokens>('newPassword', (resolve, reject) => {
        const request = {
          ChallengeName: 'NEW_PASSWORD_REQUIRED',
          ClientId: options.clientId,
          Session: cognitoSession,
          ChallengeResponses: { USERNAME: username, NEW_PASSWORD: newPassword },
        };
        libraryClientOf(pool()).request('RespondToAuthChallenge', request, (error, result) =>
          error ? reject(error) : settle(result, resolve, reject),
        );
      }),
    // One InitiateAuth through the library's client: CognitoUser.authenticateUser would first build
    // an SRP helper (a 3072-bit modpow, ~90 ms of CPU) that USER_PASSWORD_AUTH never uses.
    signIn: (username, password) =>
      call<AuthTokens>('signIn', (resolve, reject) => {
        const request = {
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: options.clientId,
          AuthParameters: { USERNAME: username, PASSWORD: password },
        };
        libraryClientOf(pool()).request('InitiateAuth', request, (error, result) =>
          error ? reject(error) : settle(result, resolve, reject),
        );
      }),
    refresh: (refreshToken) =>
      call<AuthTokens>('refresh', (resolve, reject) => {
        userOf('refresh').refreshSession(
          new CognitoRefreshToken({ RefreshToken: refreshToken }),
          (error, session) =>
            error ? reject(error) : resolve(tokensOf(session as CognitoUserSession)),
        );
      }),
    signUp: (input) =>
      call<{ userConfirmed: boolean; userSub: string }>('signUp', (resolve, reject) => {
        const email = new CognitoUserAttribute({ Name: 'email', Value: input.email });
        pool().signUp(input.username, input.password, [email], [], (error, result) =>
          error || !result
            ? reject(error)
            : resolve({ userConfirmed: result.userConfirmed, userSub: result.userSub }),
        );
      }),
    confirm: (username, code) =>
      call<void>('confirm', (resolve, reject) => {
        userOf(username).confirmRegistration(code, false, (error) =>
          error ? reject(error) : resolve(),
        );
      }),
    revoke: (refreshToken) =>
      call<void>('refresh', (resolve, reject) => {
        libraryClientOf(pool()).request(
          'RevokeToken',
          { Token: refreshToken, ClientId: options.clientId },
          (error) => (error ? reject(error) : resolve()),
        );
      }),
  };
}
