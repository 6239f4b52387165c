import type { Comment, CommentRecord, HiddenInfo } from './comment';
import {
  commentItem,
  commentItemKey,
  refItem,
  storedFields,
  toCommentRecord,
  type CommentLocation,
} from './comment-items';
import { countOnce, type CountOutcome } from '../storage/counted-once';
import type { TableAccess } from '../storage/dynamo-table';
import { tableKeys, topKeyOf, type TableKey } from '../storage/table-keys';

/** Top-level comments keep the ids of this many newest replies (the board page shows them). */
export const RECENT_REPLY_IDS = 3;

/** The comment and its pointer in one BatchWriteItem (a new ULID: nothing to overwrite). */
export async function insertComment(table: TableAccess, comment: Comment): Promise<void> {
  const item = commentItem(comment);
  if (comment.parentId === null) {
    item.recentReplies = {};
    item.topBoard = comment.board;
    item.topKey = topKeyOf(0, comment.id);
  }
  // Present from the start, so the first like needs no second try to create the map.
  item.likeOps = {};
  await table.batchPut([item, refItem(comment)]);
}

/**
 * Counts a new reply on its top-level comment once (an SDK retry cannot count it twice) and keeps
 * its id among the newest ones. `known` is the parent as just read, when it was: its older ids
 * are dropped on the way (a reply to a reply only adds its id; readers take the newest three).
 */
export function addReply(
  table: TableAccess,
  parent: TableKey,
  replyId: string,
  nowMs: number,
  known?: CommentRecord,
): Promise<CountOutcome> {
  return countOnce(table, parent, {
    counter: 'replyCount',
    map: 'recentReplies',
    id: replyId,
    by: 1,
    nowMs,
    keep: RECENT_REPLY_IDS - 1,
    snapshot: known ? (known.recentReplyIds ?? null) : undefined,
  });
}

/** Removes a comment and its pointer again (its parent went while it was being written). */
export async function removeComment(table: TableAccess, comment: Comment): Promise<void> {
  await table.deleteExisting(commentItemKey(comment));
  await table.deleteExisting(tableKeys.ref(comment.id));
}

/** One reply fewer on its parent (never below zero); resolves the parent as it now is. */
export async function removeReply(
  table: TableAccess,
  parent: TableKey,
  replyId: string,
): Promise<CommentRecord | undefined> {
  const item = await table.updateIf(parent, {
    UpdateExpression: 'ADD replyCount :minus REMOVE recentReplies.#id',
    ConditionExpression: 'replyCount > :zero',
    ExpressionAttributeNames: { '#id': replyId },
    ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
  });
  return item && toCommentRecord(item);
}

/**
 * Replaces the text if `userId` wrote it after `windowStart` (both in the condition, so a race
 * cannot slip past); undefined when the condition failed.
 */
export async function editText(
  table: TableAccess,
  location: CommentLocation,
  edit: { userId: string; text: string; at: string; windowStart: string },
): Promise<CommentRecord | undefined> {
  const item = await table.updateIf(location.visible, {
    UpdateExpression: 'SET #text = :text, updatedAt = :at, editedAt = :at',
    ConditionExpression: 'attribute_exists(id) AND userId = :me AND createdAt > :start',
    ExpressionAttributeNames: { '#text': 'text' },
    ExpressionAttributeValues: {
      ':text': edit.text,
      ':at': edit.at,
      ':me': edit.userId,
      ':start': edit.windowStart,
    },
  });
  return item && toCommentRecord(item);
}

/** Keeps a copy with who hid it and when (apart, so listings skip it): the put of a hide. */
export async function keepHiddenCopy(
  table: TableAccess,
  comment: Comment,
  location: CommentLocation,
  info: HiddenInfo,
): Promise<void> {
  await table.putIf({
    ...storedFields(comment),
    ...location.hidden,
    updatedAt: info.at,
    visible: 0,
    hiddenBy: info.by,
    hiddenAt: info.at,
    hiddenReason: info.reason,
  });
}

/**
 * Takes a comment out of the listing: deleted, or a placeholder when it has visible replies (text
 * and author removed, so it also leaves the byAuthor index). Both conditional on the reply count
 * as it is then, so a reply landing meanwhile keeps its context. Resolves what happened.
 */
export async function retire(
  table: TableAccess,
  key: TableKey,
  hasReplies: boolean,
): Promise<'deleted' | 'placeholder' | 'gone'> {
  const placeholder = (condition: string) =>
    table.updateIf(key, {
      // A placeholder leaves "top" too: no text to rank.
      UpdateExpression: 'SET deleted = :t, #text = :empty REMOVE userId, username, topBoard',
      ConditionExpression: condition,
      ExpressionAttributeNames: { '#text': 'text' },
      ExpressionAttributeValues: { ':t': true, ':empty': '', ':zero': 0 },
    });
  if (hasReplies && (await placeholder('replyCount > :zero'))) return 'placeholder';
  const removed = await table.takeIf(key, {
    ConditionExpression:
      'attribute_exists(id) AND (attribute_not_exists(replyCount) OR replyCount <= :zero)',
    ExpressionAttributeValues: { ':zero': 0 },
  });
  if (removed) return 'deleted';
  return (await placeholder('attribute_exists(id) AND replyCount > :zero'))
    ? 'placeholder'
    : 'gone';
}
