import type { Comment, CommentRecord, CommentSort, HiddenInfo } from './comment';
import { locationOf, toCommentRecord, type CommentLocation } from './comment-items';
import {
  lookup,
  newestReplies,
  queryPage,
  queryTopPage,
  readAt,
  type Lookup,
} from './comment-reads';
import {
  addReply,
  editText,
  insertComment,
  keepHiddenCopy,
  removeComment,
  removeReply,
  retire,
} from './comment-writes';
import { createLikesRepository, type LikesRepository } from './likes-repository';
import type { PagePosition } from './comments-cursor';
import type { CountOutcome } from '../storage/counted-once';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { AUTHOR_INDEX, tableKeys, type TableKey } from '../storage/table-keys';

export type { Lookup } from './comment-reads';
export { toCommentRecord } from './comment-items';

/** A page of a listing, and whether more lie further in its direction. */
export interface RecordPage {
  items: CommentRecord[];
  hasMore: boolean;
}

/** The comments of every board behind a small interface; hides keys and item layout. */
export interface CommentsRepository extends LikesRepository {
  /** Top-level comments of `board` in `sort` order (one strongly consistent Query). */
  listTop(
    board: string,
    sort: CommentSort,
    limit: number,
    from?: PagePosition,
  ): Promise<RecordPage>;
  /** listTop with each comment's newest few replies (one Query and one BatchGetItem). */
  listTopWithReplies(
    board: string,
    sort: CommentSort,
    limit: number,
    from?: PagePosition,
  ): Promise<{
    items: Array<CommentRecord & { recentReplies: CommentRecord[] }>;
    hasMore: boolean;
  }>;
  /** The replies under top-level comment `topId`, oldest first (one Query). */
  listReplies(topId: string, limit: number, from?: PagePosition): Promise<RecordPage>;
  /** One BatchGetItem of `extra` keys plus where comment `id` lives (see comment-reads.ts). */
  lookup(id: string | undefined, options: { board?: string; extra?: TableKey[] }): Promise<Lookup>;
  /** The visible item and hidden copy at a location (one BatchGetItem). */
  readAt(location: CommentLocation): Promise<{ visible?: CommentRecord; hidden?: CommentRecord }>;
  /** Stores a new comment and its pointer (one BatchWriteItem). */
  insert(comment: Comment): Promise<void>;
  /** Counts a reply on its top-level parent, once per reply ('gone': the parent is). */
  addReply(
    board: string,
    topId: string,
    replyId: string,
    nowMs: number,
    known?: CommentRecord,
  ): Promise<CountOutcome>;
  /** Removes a just-stored comment and its pointer (its parent went meanwhile). */
  remove(comment: Comment): Promise<void>;
  /** Conditional edit of the text (author and window in the condition). */
  editText(
    location: CommentLocation,
    edit: { userId: string; text: string; at: string; windowStart: string },
  ): Promise<CommentRecord | undefined>;
  /**
   * Moves a comment out of the listing, keeping a hidden copy with who hid it and when (put, then
   * delete: a crash in between leaves it listed, never lost). A top-level comment with replies
   * leaves a placeholder; a reply is uncounted on its parent. Resolves whether it was visible.
   */
  hide(comment: CommentRecord, location: CommentLocation, info: HiddenInfo): Promise<boolean>;
  /**
   * One page of `userId`'s comments and replies, visible and hidden, newest first, through the
   * author index (eventually consistent). `startKey` is the previous page's `lastKey`.
   */
  listByAuthor(
    userId: string,
    options: { limit: number; startKey?: Item },
  ): Promise<{ items: CommentRecord[]; lastKey?: Item }>;
  /**
   * Erases a comment for good (account erasure): a listed one is first taken out like an author's
   * delete (a placeholder stays when it has replies), then its hidden copy and, unless a placeholder
   * remains, its pointer go. Gone already is fine. Resolves whether a listed comment left the count.
   */
  erase(record: CommentRecord): Promise<boolean>;
}

/** Builds the repository over the one table. */
export function createCommentsRepository(table: TableAccess): CommentsRepository {
  const listing = (board: string, sort: CommentSort, limit: number, from?: PagePosition) =>
    sort === 'top'
      ? queryTopPage(table, board, limit, from)
      : queryPage(table, tableKeys.visibleComments(board), sort, limit, from);
  const repository: CommentsRepository = {
    ...createLikesRepository(table),
    listTop: (board, sort, limit, from) => listing(board, sort, limit, from),
    async listTopWithReplies(board, sort, limit, from) {
      const page = await listing(board, sort, limit, from);
      const replies = await newestReplies(table, page.items);
      const items = page.items.map((c) => ({ ...c, recentReplies: replies.get(c.id) ?? [] }));
      return { items, hasMore: page.hasMore };
    },
    listReplies: (topId, limit, from) =>
      queryPage(table, tableKeys.thread(topId), 'oldest', limit, from),
    lookup: (id, options) => lookup(table, id, options),
    readAt: (location) => readAt(table, location),
    insert: (comment) => insertComment(table, comment),
    addReply: (board, topId, replyId, nowMs, known) =>
      addReply(table, locationOf(board, topId, null).visible, replyId, nowMs, known),
    remove: (comment) => removeComment(table, comment),
    editText: (location, edit) => editText(table, location, edit),
    async hide(comment, location, info) {
      await keepHiddenCopy(table, comment, location, info);
      if (location.parentId) {
        if (!(await table.deleteExisting(location.visible))) return false;
        const parent = locationOf(location.board, location.parentId, null).visible;
        const top = await removeReply(table, parent, comment.id);
        // The last reply of a placeholder went: nothing is left to give context to.
        if (top?.deleted && top.replyCount === 0) {
          await table.takeIf(parent, {
            ConditionExpression: 'deleted = :t AND replyCount <= :zero',
            ExpressionAttributeValues: { ':t': true, ':zero': 0 },
          });
        }
        return true;
      }
      return (await retire(table, location.visible, comment.replyCount > 0)) !== 'gone';
    },
    async erase(record) {
      const location = locationOf(record.board, record.id, record.parentId);
      const at = new Date().toISOString();
      const uncounted = record.hidden
        ? false
        : await repository.hide(record, location, {
            by: record.userId ?? '',
            at,
            reason: 'deleted',
          });
      await table.deleteExisting(location.hidden);
      const { visible } = await readAt(table, location);
      if (!visible) await table.deleteExisting(tableKeys.ref(record.id));
      return uncounted;
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
  };
  return repository;
}
