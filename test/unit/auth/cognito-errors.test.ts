import { cognitoAppError, type CognitoOperation } from '../../../src/auth/cognito-errors';

const error = (code: string) => Object.assign(new Error(code), { code, name: code });

describe('cognitoAppError', () => {
  it.each<[string, CognitoOperation, number, string]>([
    ['NotAuthorizedException', 'signIn', 401, 'invalid_credentials'],
    ['UserNotFoundException', 'signIn', 401, 'invalid_credentials'],
    ['InvalidPasswordException', 'signIn', 401, 'invalid_credentials'],
    ['UserNotConfirmedException', 'signIn', 403, 'user_not_confirmed'],
    ['UsernameExistsException', 'signUp', 409, 'username_exists'],
    ['InvalidPasswordException', 'signUp', 400, 'invalid_password'],
    ['InvalidParameterException', 'signUp', 400, 'invalid_parameter'],
    ['CodeMismatchException', 'confirm', 400, 'code_mismatch'],
    ['ExpiredCodeException', 'confirm', 400, 'expired_code'],
    ['TooManyRequestsException', 'signIn', 429, 'too_many_requests'],
    ['LimitExceededException', 'signUp', 429, 'too_many_requests'],
    ['TooManyFailedAttemptsException', 'signIn', 429, 'too_many_requests'],
    ['NetworkError', 'signIn', 503, 'service_unavailable'],
    ['CodeMismatchException', 'resetPassword', 400, 'code_mismatch'],
    ['UserNotFoundException', 'resetPassword', 400, 'code_mismatch'],
    ['ExpiredCodeException', 'resetPassword', 400, 'expired_code'],
    ['InvalidPasswordException', 'resetPassword', 400, 'invalid_password'],
    ['LimitExceededException', 'resetPassword', 429, 'too_many_requests'],
    ['LimitExceededException', 'forgotPassword', 429, 'too_many_requests'],
    ['TooManyRequestsException', 'forgotPassword', 429, 'too_many_requests'],
    ['NotAuthorizedException', 'newPassword', 400, 'invalid_session'],
    ['CodeMismatchException', 'newPassword', 400, 'invalid_session'],
    ['InvalidPasswordException', 'newPassword', 400, 'invalid_password'],
    ['InternalErrorException', 'refresh', 503, 'service_unavailable'],
    ['InvalidPasswordException', 'currentPassword', 401, 'invalid_credentials'],
    ['NotAuthorizedException', 'currentPassword', 401, 'invalid_credentials'],
    ['UserNotFoundException', 'currentPassword', 401, 'invalid_credentials'],
    ['TooManyRequestsException', 'currentPassword', 429, 'too_many_requests'],
    ['NetworkError', 'currentPassword', 503, 'service_unavailable'],
    ['NotAuthorizedException', 'changePassword', 401, 'invalid_credentials'],
    ['InvalidPasswordException', 'changePassword', 400, 'invalid_password'],
    ['LimitExceededException', 'changePassword', 429, 'too_many_requests'],
    ['InternalErrorException', 'changePassword', 503, 'service_unavailable'],
    ['NotAuthorizedException', 'getUser', 401, 'unauthorized'],
    ['TooManyRequestsException', 'getUser', 429, 'too_many_requests'],
    ['NetworkError', 'getUser', 503, 'service_unavailable'],
  ])(
    'when Cognito says %s during %s, then it maps to %i %s',
    (code, operation, status, appCode) => {
      const mapped = cognitoAppError(error(code), operation);
      expect(mapped.status).toBe(status);
      expect(mapped.code).toBe(appCode);
    },
  );

  it('when the user is unknown or the password wrong, then the message is the same', () => {
    expect(cognitoAppError(error('UserNotFoundException'), 'signIn').message).toBe(
      cognitoAppError(error('NotAuthorizedException'), 'signIn').message,
    );
  });

  it('when a fetch fails without a code (timeout), then it is a 503', () => {
    expect(cognitoAppError(new Error('Cognito did not answer in time'), 'signIn').status).toBe(503);
  });

  it('when a reset code has expired, then the message asks for a new code', () => {
    expect(cognitoAppError(error('ExpiredCodeException'), 'resetPassword').message).toMatch(
      /reset code has expired.*new one/,
    );
  });

  it('when Cognito locks the account after repeated wrong passwords, then sign-in is 429 asking to wait', () => {
    const lockout = Object.assign(new Error('Password attempts exceeded'), {
      code: 'NotAuthorizedException',
      name: 'NotAuthorizedException',
    });

    const mapped = cognitoAppError(lockout, 'signIn');

    expect(mapped.status).toBe(429);
    expect(mapped.code).toBe('too_many_requests');
    expect(mapped.message).toMatch(/wait/);
    expect(mapped.message).not.toMatch(/Incorrect username or password/);
  });

  it.each<CognitoOperation>(['currentPassword', 'changePassword'])(
    'when Cognito locks the account during %s, then it is 429 asking to wait, not a wrong password',
    (operation) => {
      const lockout = Object.assign(new Error('Password attempts exceeded'), {
        code: 'NotAuthorizedException',
        name: 'NotAuthorizedException',
      });

      const mapped = cognitoAppError(lockout, operation);

      expect(mapped.status).toBe(429);
      expect(mapped.code).toBe('too_many_requests');
      expect(mapped.message).toMatch(/wait/);
    },
  );

  it('when the current password is wrong during a change, then the message is about the current password', () => {
    expect(cognitoAppError(error('InvalidPasswordException'), 'currentPassword').message).toBe(
      'Your current password is not right',
    );
  });
});
