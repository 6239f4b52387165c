import type { Comment, CommentRecord, HiddenInfo } from './comment';
import {
  commentItem,
  refItem,
  storedFields,
  toCommentRecord,
  type CommentLocation,
} from './comment-items';
import type { TableAccess } from '../storage/dynamo-table';
import type { TableKey } from '../storage/table-keys';

/** Top-level comments keep the ids of this many newest replies (the board page shows them). */
export const RECENT_REPLY_IDS = 3;

/** The comment and its pointer in one BatchWriteItem (a new ULID: nothing to overwrite). */
export async function insertComment(table: TableAccess, comment: Comment): Promise<void> {
  const item = commentItem(comment);
  if (comment.parentId === null) item.recentReplies = {};
  await table.batchPut([item, refItem(comment)]);
}

/**
 * Counts a new reply on its top-level comment and keeps its id among the newest ones; false when
 * the parent is gone (the condition). `known` is the parent as just read, when it was: its older
 * ids are dropped so that RECENT_REPLY_IDS stay (a reply to a reply only adds its id).
 */
export async function addReply(
  table: TableAccess,
  parent: TableKey,
  replyId: string,
  known?: CommentRecord,
): Promise<boolean> {
  const input = { ConditionExpression: 'attribute_exists(id)' };
  // A legacy comment has no map yet, and a path into a missing map is an error: start one.
  if (known && !known.recentReplyIds) {
    const item = await table.updateIf(parent, {
      ...input,
      UpdateExpression: 'ADD replyCount :one SET recentReplies = :map',
      ExpressionAttributeValues: { ':one': 1, ':map': { [replyId]: true } },
    });
    return item !== undefined;
  }
  const stale = known?.recentReplyIds?.slice(RECENT_REPLY_IDS - 1) ?? [];
  const names: Record<string, string> = { '#new': replyId };
  stale.forEach((id, i) => (names[`#old${i}`] = id));
  const remove = stale.map((_, i) => `recentReplies.#old${i}`).join(', ');
  const item = await table.updateIf(parent, {
    ...input,
    UpdateExpression: `ADD replyCount :one SET recentReplies.#new = :t${remove ? ` REMOVE ${remove}` : ''}`,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':one': 1, ':t': true },
  });
  return item !== undefined;
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
      UpdateExpression: 'SET deleted = :t, #text = :empty REMOVE userId, username',
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
