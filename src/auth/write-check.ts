import type { Response } from 'express';
import type { Item } from '../storage/dynamo-table';
import { tableKeys, type TableKey } from '../storage/table-keys';
import { tokensRevokedBefore, toUserRecord, type UserRecord } from '../storage/user-records';
import { activeBan, BannedError } from '../storage/user-ban';
import { InvalidTokenError, type VerifiedToken } from './token-verifier';

/**
 * The user-record check of a write, handed to the service so it joins the one BatchGetItem the
 * service makes anyway (ConsistentRead) instead of costing a GetItem of its own: the service adds
 * `key` to its read and calls `assert` with what came back before it writes anything.
 */
export interface WriteCheck {
  key: TableKey;
  /**
   * Throws 401 `invalid_token` for a token issued at or before the user's last sign-out, or any once
   * the account is being erased; 403 `banned` while a ban is in force.
   */
  assert(userItem: Item | undefined): void;
}

/** Epoch seconds now; the write guards take it from AuthDeps so tests can move time. */
export type Clock = () => number;

/** The system clock in epoch seconds. */
export const systemClock: Clock = () => Math.floor(Date.now() / 1000);

/** True when the record revokes this token (401); throws 403 `banned` while a ban is in force. */
export function isRevoked(
  verified: VerifiedToken,
  record: UserRecord | undefined,
  now: Clock,
): boolean {
  // `iat` has whole seconds: a token from the sign-out's own second counts as revoked.
  if (verified.issuedAt <= tokensRevokedBefore(record)) return true;
  const ban = activeBan(record?.ban, now());
  if (ban) throw new BannedError(ban);
  return false;
}

/** The write check of a verified token. */
export function createWriteCheck(verified: VerifiedToken, now: Clock = systemClock): WriteCheck {
  return {
    key: tableKeys.user(verified.user.sub),
    assert(userItem) {
      const record = userItem && toUserRecord(verified.user.sub, userItem);
      if (isRevoked(verified, record, now)) {
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
