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

/** The one message for a failed sign-in, whether or not the user exists. */
export const BAD_CREDENTIALS = 'Incorrect username or password';

const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="comment-board"' };

/** Which call failed: a wrong sign-in password is `InvalidPasswordException` in cognito-local. */
export type CognitoOperation = 'signIn' | 'refresh' | 'signUp' | 'confirm';

/** Maps an amazon-cognito-identity-js error (its `code`) to an AppError; never to a 500. */
export function cognitoAppError(error: unknown, operation: CognitoOperation): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: string; name?: string })?.code ?? (error as Error)?.name;
  const cause = { cause: error };
  const wrongPassword = operation === 'signIn' && code === 'InvalidPasswordException';
  switch (wrongPassword ? 'NotAuthorizedException' : code) {
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
      return new ValidationError(
        'That confirmation code is not right; please check it',
        'code_mismatch',
        cause,
      );
    case 'ExpiredCodeException':
      return new ValidationError(
        'That confirmation code has expired; please sign up again',
        'expired_code',
        cause,
      );
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
