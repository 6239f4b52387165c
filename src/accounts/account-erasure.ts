import type { CognitoAccountClient } from '../auth/cognito-account-client';
import type { UserDataKind } from '../storage/user-data';
import type { UserRecords } from '../storage/user-records';

/** Items erased per kind (`{ comments: 3, 'idempotency records': 1 }`). */
export type ErasureCounts = Record<string, number>;

/**
 * Deleting an account in steps that can each be repeated, so a crash anywhere leaves a state the
 * next sign-in (or `npm run user:erase`) finishes:
 * 1. mark the record "deleting" and revoke every token: from now on no request of theirs writes;
 * 2. erase their items, kind by kind (first pass);
 * 3. delete the Cognito user: no new tokens from here on;
 * 4. a second pass: items written by requests already past the write guard at step 1, or missing
 *    from the eventually consistent author index during the first pass;
 * 5. replace the record by a tombstone without username or groups.
 */
export interface AccountErasure {
  /** Step 1 (one UpdateItem). */
  begin(sub: string): Promise<void>;
  /** Steps 2–5, with an access token of the user that Cognito's DeleteUser accepts. */
  finish(sub: string, accessToken: string): Promise<ErasureCounts>;
}

/** What erasure needs: the user records, the kinds of items users own, DeleteUser. */
export interface AccountErasureDeps {
  users: Pick<UserRecords, 'markDeleting' | 'tombstone'>;
  kinds: readonly UserDataKind[];
  cognito: Pick<CognitoAccountClient, 'deleteUser'>;
  now?: () => number;
}

const secondsOf = (now: () => number) => Math.floor(now() / 1000);

/** One pass over every kind, page by page; each item through its kind's own erase. */
async function eraseItems(
  kinds: readonly UserDataKind[],
  sub: string,
  counts: ErasureCounts = {},
): Promise<ErasureCounts> {
  for (const kind of kinds) {
    let startKey: Record<string, unknown> | undefined;
    do {
      const page = await kind.list(sub, startKey);
      // One page at a time, its items at once: at most a page's worth of calls in flight.
      await Promise.all(page.items.map((item) => kind.erase(item)));
      counts[kind.name] = (counts[kind.name] ?? 0) + page.items.length;
      startKey = page.lastKey;
    } while (startKey);
  }
  return counts;
}

/**
 * Steps 2 and 5 again for an account whose deletion was started (or finished): what
 * `npm run user:erase` runs for items the author index had not shown yet, or after a crash once
 * the Cognito user was gone. Refuses (undefined, nothing erased) an account never marked deleting.
 * Needs no Cognito call: if the Cognito user still exists, its next sign-in finishes the rest.
 */
export async function eraseRemains(
  deps: {
    users: Pick<UserRecords, 'get' | 'tombstone'>;
    kinds: readonly UserDataKind[];
    now?: () => number;
  },
  sub: string,
): Promise<ErasureCounts | undefined> {
  const record = await deps.users.get(sub);
  if (record?.deletingSince === undefined && record?.deletedAt === undefined) return undefined;
  const counts = await eraseItems(deps.kinds, sub);
  await deps.users.tombstone(sub, secondsOf(deps.now ?? Date.now));
  return counts;
}

/** Builds the erasure over the table's item kinds and the user pool. */
export function createAccountErasure(deps: AccountErasureDeps): AccountErasure {
  const nowSeconds = () => secondsOf(deps.now ?? Date.now);
  return {
    begin: (sub) => deps.users.markDeleting(sub, nowSeconds()),
    async finish(sub, accessToken) {
      const counts = await eraseItems(deps.kinds, sub);
      await deps.cognito.deleteUser(accessToken);
      await eraseItems(deps.kinds, sub, counts);
      await deps.users.tombstone(sub, nowSeconds());
      return counts;
    },
  };
}
