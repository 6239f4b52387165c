import {
  AppError,
  ConflictError,
  ForbiddenError,
  ServiceUnavailableError,
  TooManyRequestsError,
  UnauthorizedError,
  ValidationError,
} from '../http/errors';
import { PASSWORD_RULES } from './auth-input';
import { INVALID_SESSION_MESSAGE } from './new-password-required';

/** The one message for a failed sign-in, whether or not the user exists. */
export const BAD_CREDENTIALS = 'Incorrect username or password';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="comment-board"' };

/** Which call failed: a wrong sign-in password is `InvalidPasswordException` in cognito-local. */
export type CognitoOperation =
  | 'signIn'
  | 'refresh'
  | 'signUp'
  | 'confirm'
  | 'forgotPassword'
  | 'resetPassword'
  | 'newPassword'
  /** The sign-in that checks the current password before a change. */
  | 'currentPassword'
  | 'changePassword'
  | 'getUser'
  | 'deleteUser';

/** A wrong current password when changing it (the username is known: no enumeration to hide). */
export const WRONG_CURRENT_PASSWORD = 'Your current password is not right';

/** Cognito's lockout after repeated wrong passwords is a NotAuthorizedException saying so. */
const LOCKED_OUT = /password attempts exceeded/i;

/** The code a user typed, named for the step that sent it. */
const CODE_WORDS: Partial<Record<CognitoOperation, { wrong: string; expired: string }>> = {
  confirm: {
    wrong: 'That confirmation code is not right; please check it',
    expired: 'That confirmation code has expired; please sign up again',
  },
  resetPassword: {
    wrong: 'That reset code is not right; please check it',
    expired: 'That reset code has expired; please ask for a new one',
  },
};

/** Which Cognito code to read an error as, given the operation that failed. */
function effectiveCode(code: string | undefined, message: string, operation: CognitoOperation) {
  if (code === 'NotAuthorizedException' && LOCKED_OUT.test(message))
    return 'PasswordAttemptsExceeded';
  if (operation === 'signIn' && code === 'InvalidPasswordException')
    return 'NotAuthorizedException';
  // The sign-in that checks the current password: cognito-local says InvalidPassword for a wrong one.
  if (
    operation === 'currentPassword' &&
    /^(NotAuthorized|InvalidPassword|UserNotFound)Exception$/.test(code ?? '')
  )
    return 'WrongCurrentPassword';
  // ChangePassword right after that check: a refused PreviousPassword (AWS) is still the current one.
  if (operation === 'changePassword' && code === 'NotAuthorizedException')
    return 'WrongCurrentPassword';
  // GetUser refusing a token our verifier accepted: revoked at Cognito (or expired in between).
  if (operation === 'getUser' && code === 'NotAuthorizedException') return 'TokenRefused';
  // Cognito refusing the challenge's session (expired, already answered) is the app's invalid_session.
  if (
    operation === 'newPassword' &&
    /^(NotAuthorized|CodeMismatch|ExpiredCode)Exception$/.test(code ?? '')
  )
    return 'InvalidSession';
  // A reset for an unknown user reads as a wrong code, as Cognito answers with PreventUserExistenceErrors.
  if (operation === 'resetPassword' && code === 'UserNotFoundException')
    return 'CodeMismatchException';
  return code;
}

/** Maps an amazon-cognito-identity-js error (its `code`) to an AppError; never to a 500. */
export function cognitoAppError(error: unknown, operation: CognitoOperation): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string; name?: string })?.code ?? (error as Error)?.name;
  const cause = { cause: error };
  const message = String((error as Error)?.message ?? '');
  const words = CODE_WORDS[operation] ?? CODE_WORDS.confirm!;
  switch (effectiveCode(code, message, operation)) {
    case 'PasswordAttemptsExceeded':
      return new TooManyRequestsError(
        'Too many failed sign-in attempts: please wait a few minutes before trying again',
        cause,
      );
    case 'WrongCurrentPassword':
      return new UnauthorizedError(WRONG_CURRENT_PASSWORD, 'invalid_credentials', {
        ...cause,
        headers: CHALLENGE,
      });
    case 'TokenRefused':
      return new UnauthorizedError(
        'The access token was revoked or has expired; sign in again',
        'unauthorized',
        {
          ...cause,
          headers: {
            'WWW-Authenticate': `${CHALLENGE['WWW-Authenticate']}, error="invalid_token"`,
          },
        },
      );
    case 'InvalidSession':
      return new ValidationError(INVALID_SESSION_MESSAGE, 'invalid_session', cause);
    case 'NotAuthorizedException':
    case 'UserNotFoundException':
      return new UnauthorizedError(BAD_CREDENTIALS, 'invalid_credentials', {
        ...cause,
        headers: CHALLENGE,
      });
    case 'UserNotConfirmedException':
      return new ForbiddenError(
        'This account is not confirmed yet: enter the code we sent you',
        'user_not_confirmed',
        cause,
      );
    case 'PasswordResetRequiredException':
      return new ForbiddenError(
        'This account needs a password reset before it can sign in',
        'password_reset_required',
        cause,
      );
    case 'UsernameExistsException':
      return new ConflictError(
        'That username is taken; please choose another',
        'username_exists',
        cause,
      );
    case 'InvalidPasswordException':
      return new ValidationError(PASSWORD_RULES, 'invalid_password', cause);
    case 'InvalidParameterException':
      return new ValidationError(
        'Some of the details are not valid; please check them',
        'invalid_parameter',
        cause,
      );
    case 'CodeMismatchException':
      return new ValidationError(words.wrong, 'code_mismatch', cause);
    case 'ExpiredCodeException':
      return new ValidationError(words.expired, 'expired_code', cause);
    case 'TooManyRequestsException':
    case 'LimitExceededException':
    case 'TooManyFailedAttemptsException':
      return new TooManyRequestsError(
        'Too many attempts; please wait a moment and try again',
        cause,
      );
    default:
      return new ServiceUnavailableError(
        'Sign-in is temporarily unavailable; please try again shortly',
        {
          ...cause,
          retryAfterSeconds: 5,
        },
      );
  }
}
