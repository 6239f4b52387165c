import { UnauthorizedError } from '../http/errors';
import { BAD_CREDENTIALS } from './cognito-errors';

/** The words the sign-in page shows for an account that is gone. */
export const ACCOUNT_DELETED_PAGE_MESSAGE = 'This account was deleted.';

/**
 * A sign-in into an account whose deletion was under way: the sign-in finished the deletion. The API
 * answers as for any unknown account (401 `invalid_credentials`); the page says what happened.
 */
export class AccountDeletedError extends UnauthorizedError {
  constructor() {
    super(BAD_CREDENTIALS, 'invalid_credentials', {
      headers: { 'WWW-Authenticate': 'Bearer realm="comment-board"' },
      pageMessage: ACCOUNT_DELETED_PAGE_MESSAGE,
    });
  }
}

/** Finishes an interrupted account deletion with a password-verified access token of that user. */
export type FinishDeletion = (sub: string, accessToken: string) => Promise<void>;
