import {
  eraseLike,
  likedAmong,
  listLikes,
  setLike,
  type LikeOutcome,
  type LikeRecord,
} from './comment-likes';
import type { Item, TableAccess } from '../storage/dynamo-table';

/** Users' likes of comments behind a small interface (part of the comments repository). */
export interface LikesRepository {
  /** Sets `sub`'s like of a comment and counts the change once (see comment-likes.ts). */
  setLike(change: Parameters<typeof setLike>[1]): Promise<LikeOutcome>;
  /** The ids among `ids` that `sub` likes (one BatchGetItem; none for no ids). */
  likedAmong(sub: string, ids: readonly string[]): Promise<Set<string>>;
  /** One page of `sub`'s like items, for account erasure. */
  listLikes(
    sub: string,
    options: { limit: number; startKey?: Item },
  ): Promise<{ items: LikeRecord[]; lastKey?: Item }>;
  /** Takes one of a user's likes back for good, uncounting it (account erasure). */
  eraseLike(like: LikeRecord): Promise<void>;
}

/** Builds the likes repository over the one table. */
export function createLikesRepository(table: TableAccess): LikesRepository {
  return {
    setLike: (change) => setLike(table, change),
    likedAmong: (sub, ids) => likedAmong(table, sub, ids),
    listLikes: (sub, options) => listLikes(table, sub, options),
    eraseLike: (like) => eraseLike(table, like, Date.now()),
  };
}
