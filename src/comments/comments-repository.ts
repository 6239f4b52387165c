import type { Comment, CommentRecord, HiddenInfo } from './comment';
import type { PagePosition } from './comments-cursor';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { AUTHOR_INDEX, tableKeys } from '../storage/table-keys';

/** The comments of one board behind a small interface; hides keys and item layout. */
export interface CommentsRepository {
  /**
   * Up to `limit` visible comments, newest first: the newest, or those next to `from` in its
   * direction (newer ones are queried ascending, then reversed). One strongly consistent Query;
   * `hasMore` says whether more lie further in that direction.
   */
  listVisible(limit: number, from?: PagePosition): Promise<{ items: Comment[]; hasMore: boolean }>;
  getVisible(id: string): Promise<CommentRecord | undefined>;
  getHidden(id: string): Promise<CommentRecord | undefined>;
  /** Conditional put of a new visible comment; false when its id is already taken. */
  insert(comment: Comment): Promise<boolean>;
  /** Deletes the visible copy only (finishes an interrupted hide). */
  removeVisible(id: string): Promise<void>;
  /**
   * One page of `userId`'s comments, visible and hidden, newest first, through the author index
   * (eventually consistent: a comment written a moment ago may be missing). `startKey` is the
   * previous page's `lastKey`.
   */
  listByAuthor(
    userId: string,
    options: { limit: number; startKey?: Item },
  ): Promise<{ items: CommentRecord[]; lastKey?: Item }>;
  /** Deletes a stored comment for good, visible or hidden (account erasure); gone already is fine. */
  erase(record: CommentRecord): Promise<void>;
  /** Moves a comment out of the listing, keeping it with who hid it and when (put, then delete). */
  hide(comment: Comment, info: HiddenInfo): Promise<void>;
}

/** Item collections (partition keys) of a board: visible comments and hidden ones, apart. */
export function boardPartitions(board: string): { visible: string; hidden: string } {
  return { visible: tableKeys.visibleComments(board), hidden: tableKeys.hiddenComments(board) };
}

/** Reads a stored comment item back into a record. */
export function toCommentRecord(item: Item): CommentRecord {
  const record: CommentRecord = {
    id: String(item.id),
    userId: String(item.userId),
    username: String(item.username),
    text: String(item.text),
    createdAt: String(item.createdAt),
    updatedAt: String(item.updatedAt),
  };
  if (item.visible === 0) {
    const reason = item.hiddenReason === 'deleted' ? 'deleted' : 'hidden';
    record.hidden = { by: String(item.hiddenBy), at: String(item.hiddenAt), reason };
  }
  return record;
}

/** Builds the repository of one board (`main` for now) over the comments table. */
export function createCommentsRepository(table: TableAccess, board = 'main'): CommentsRepository {
  const partitions = boardPartitions(board);
  const removeVisible = async (id: string) => {
    await table.deleteExisting({ board: partitions.visible, id });
  };
  return {
    async listVisible(limit, from) {
      const newer = from?.direction === 'newer';
      const { items, lastKey } = await table.query({
        KeyConditionExpression: from
          ? `board = :b AND id ${newer ? '>' : '<'} :from`
          : 'board = :b',
        ExpressionAttributeValues: {
          ':b': partitions.visible,
          ...(from ? { ':from': from.id } : {}),
        },
        ScanIndexForward: newer,
        Limit: limit + 1,
      });
      const page = items.slice(0, limit).map(toCommentRecord);
      return {
        items: newer ? page.reverse() : page,
        hasMore: items.length > limit || lastKey !== undefined,
      };
    },
    async getVisible(id) {
      const item = await table.get({ board: partitions.visible, id });
      return item && toCommentRecord(item);
    },
    async getHidden(id) {
      const item = await table.get({ board: partitions.hidden, id });
      return item && toCommentRecord(item);
    },
    async listByAuthor(userId, { limit, startKey }) {
      const { items, lastKey } = await table.queryIndex(AUTHOR_INDEX, {
        KeyConditionExpression: 'userId = :u',
        ExpressionAttributeValues: { ':u': userId },
        ScanIndexForward: false,
        Limit: limit,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      });
      return { items: items.map(toCommentRecord), lastKey };
    },
    insert: (comment) => table.putIf({ board: partitions.visible, ...comment, visible: 1 }),
    removeVisible,
    async erase(record) {
      await table.deleteExisting({
        board: record.hidden ? partitions.hidden : partitions.visible,
        id: record.id,
      });
    },
    async hide(comment, info) {
      // Put first, delete second: a crash in between leaves the comment listed, never lost.
      await table.putIf({
        board: partitions.hidden,
        ...comment,
        updatedAt: info.at,
        visible: 0,
        hiddenBy: info.by,
        hiddenAt: info.at,
        hiddenReason: info.reason,
      });
      await removeVisible(comment.id);
    },
  };
}
