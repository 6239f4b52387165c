import { ForbiddenError } from '../http/errors';

/** Sign-in needs a new password first (a temporary one from AdminCreateUser); carries Cognito's session. */
export class NewPasswordRequiredError extends ForbiddenError {
  constructor(readonly cognitoSession: string) {
    super(
      'This account has a temporary password: choose a new one to finish signing in',
      'new_password_required',
    );
  }
}

/** 400 `invalid_session`: the new-password step's handle is unknown, used, expired or not this user's. */
export const INVALID_SESSION_MESSAGE =
  'This sign-in step has expired or was already used; please sign in again with your temporary password';
