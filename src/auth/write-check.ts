import type { Response } from 'express';
import type { Item } from '../storage/dynamo-table';
import { tableKeys, type TableKey } from '../storage/table-keys';
import { tokensRevokedBefore, toUserRecord } from '../storage/user-records';
import { InvalidTokenError, type VerifiedToken } from './token-verifier';

/**
 * The user-record check of a write, handed to the service so it joins the one BatchGetItem the
 * service makes anyway (ConsistentRead) instead of costing a GetItem of its own: the service adds
 * `key` to its read and calls `assert` with what came back before it writes anything.
 */
export interface WriteCheck {
  key: TableKey;
  /** Throws 401 `invalid_token` for a token issued at or before the user's last sign-out, or any once the account is being erased. */
  assert(userItem: Item | undefined): void;
}

/** The write check of a verified token. */
export function createWriteCheck(verified: VerifiedToken): WriteCheck {
  return {
    key: tableKeys.user(verified.user.sub),
    assert(userItem) {
      const { sub } = verified.user;
      const marker = tokensRevokedBefore(userItem && toUserRecord(sub, userItem));
      // `iat` has whole seconds: a token from the sign-out's own second counts as revoked.
      if (verified.issuedAt <= marker) {
        throw new InvalidTokenError(
          'This token was issued before a sign-out; refresh it or sign in again',
        );
      }
    },
  };
}

/** The write check `requireApiWriterDeferred` left for the route (undefined behind other guards). */
export function writeCheckOf(res: Response): WriteCheck | undefined {
  return res.locals.writeCheck as WriteCheck | undefined;
}
