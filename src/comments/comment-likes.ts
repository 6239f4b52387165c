import { ulid } from 'ulid';
import type { CommentRecord } from './comment';
import { locationOf, toCommentRecord, type CommentLocation } from './comment-items';
import { countOnceReturning } from '../storage/counted-once';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys, topKeyOf } from '../storage/table-keys';

/** What setting a like did: flipped and counted, already so (nothing written), or the comment is gone. */
export interface LikeOutcome {
  outcome: 'changed' | 'unchanged' | 'gone';
  /** The comment's like count after the change, when it was read back. */
  likes?: number;
}

/**
 * Sets `sub`'s like of the comment at `location` to `liked`, then counts the change on the
 * comment once. The like item flips conditionally (two racing likes: one wins, the other finds it
 * already set) and carries a fresh operation id: when the flip is refused, a GetItem tells our own
 * landed-then-retried flip (same id: go on and count) from someone else's. The count is an ADD
 * keyed by the same id (counted-once), so an SDK retry of either call cannot count twice, and the
 * count always equals the like items with `liked: true`. An unlike keeps the item with
 * `liked: false` rather than deleting it, so its retry can be recognised the same way.
 */
export async function setLike(
  table: TableAccess,
  change: {
    location: CommentLocation;
    commentId: string;
    sub: string;
    liked: boolean;
    nowMs: number;
    /** The comment as just read (its recent operation ids are pruned on the way). */
    known?: CommentRecord;
  },
): Promise<LikeOutcome> {
  const op = ulid(change.nowMs);
  const key = tableKeys.like(change.sub, change.commentId);
  const flipped = await table.updateIf(key, {
    UpdateExpression: 'SET #liked = :want, #op = :op, #at = :at, #slug = :slug, #parent = :parent',
    ConditionExpression: change.liked
      ? 'attribute_not_exists(#liked) OR #liked = :was'
      : '#liked = :was',
    ExpressionAttributeNames: {
      '#liked': 'liked',
      '#op': 'op',
      '#at': 'changedAt',
      '#slug': 'slug',
      '#parent': 'parentId',
    },
    ExpressionAttributeValues: {
      ':want': change.liked,
      ':op': op,
      ':at': new Date(change.nowMs).toISOString(),
      ':slug': change.location.board,
      ':parent': change.location.parentId,
      ':was': !change.liked,
    },
  });
  if (!flipped && (await table.get(key))?.op !== op) return { outcome: 'unchanged' };
  const { outcome, item } = await countOnceReturning(table, change.location.visible, {
    counter: 'likes',
    map: 'likeOps',
    id: op,
    by: change.liked ? 1 : -1,
    nowMs: change.nowMs,
    keep: 0,
    snapshot: change.known ? (change.known.likeOpIds ?? null) : undefined,
  });
  if (outcome === 'gone') return { outcome };
  if (outcome === 'counted' && item && typeof item.topBoard === 'string') {
    await placeInTop(table, change.location, item);
  }
  return { outcome: 'changed', ...(item ? { likes: toCommentRecord(item).likes } : {}) };
}

/**
 * Moves a top-level comment to its new place in "top" once its count changed. Conditional on the
 * count this writer saw: when racing changes land, the writer of the latest count wins and a stale
 * one's refusal is simply skipped (a crash in between leaves it stale until the next like).
 */
async function placeInTop(table: TableAccess, location: CommentLocation, item: Item) {
  const likes = typeof item.likes === 'number' ? item.likes : 0;
  await table.updateIf(location.visible, {
    UpdateExpression: 'SET topKey = :k',
    ConditionExpression: 'likes = :n AND attribute_exists(topBoard)',
    ExpressionAttributeValues: { ':k': topKeyOf(likes, String(item.id)), ':n': likes },
  });
}

/** Whether a like item (as read) says "liked". */
export const isLiked = (item: Item | undefined): boolean => item?.liked === true;

/** The ids among `ids` that `sub` likes: one BatchGetItem of their like keys (none for no ids). */
export async function likedAmong(
  table: TableAccess,
  sub: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const items = await table.batchGet(ids.map((id) => tableKeys.like(sub, id)));
  return new Set(items.filter(isLiked).map((item) => String(item.id)));
}

/**
 * Takes back `sub`'s like of one comment for good (account erasure): uncounted first if it
 * counted, then the like item goes. A comment that is gone meanwhile is no error.
 */
export async function eraseLike(table: TableAccess, like: LikeRecord, nowMs: number) {
  if (like.liked) {
    await setLike(table, {
      location: locationOf(like.location.board, like.commentId, like.location.parentId),
      commentId: like.commentId,
      sub: like.sub,
      liked: false,
      nowMs,
    });
  }
  await table.deleteExisting(tableKeys.like(like.sub, like.commentId));
}

/** A like item as account erasure sees it: which comment, where, and whether it is counted. */
export interface LikeRecord {
  sub: string;
  commentId: string;
  liked: boolean;
  location: { board: string; parentId: string | null };
}

/** One page of `sub`'s like items (one strongly consistent Query of their partition). */
export async function listLikes(
  table: TableAccess,
  sub: string,
  options: { limit: number; startKey?: Item },
): Promise<{ items: LikeRecord[]; lastKey?: Item }> {
  const { items, lastKey } = await table.query({
    KeyConditionExpression: 'board = :p',
    ExpressionAttributeValues: { ':p': tableKeys.likes(sub) },
    Limit: options.limit,
    ...(options.startKey ? { ExclusiveStartKey: options.startKey } : {}),
  });
  const records = items.map((item) => ({
    sub,
    commentId: String(item.id),
    liked: isLiked(item),
    location: {
      board: String(item.slug),
      parentId: typeof item.parentId === 'string' ? item.parentId : null,
    },
  }));
  return { items: records, ...(lastKey ? { lastKey } : {}) };
}
