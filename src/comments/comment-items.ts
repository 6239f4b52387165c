import type { Comment, CommentRecord } from './comment';
import type { Item } from '../storage/dynamo-table';
import { tableKeys, type TableKey } from '../storage/table-keys';

/** Comments stored before boards existed carry no `slug`: they are board `main`'s. */
export const LEGACY_BOARD = 'main';

/** Where a comment lives: its board, its top-level parent, and its visible and hidden keys. */
export interface CommentLocation {
  board: string;
  parentId: string | null;
  visible: TableKey;
  hidden: TableKey;
}

/** The location of comment `id` on `board` under `parentId` (null: top-level). */
export function locationOf(board: string, id: string, parentId: string | null): CommentLocation {
  const partition = parentId ? tableKeys.thread(parentId) : tableKeys.visibleComments(board);
  return {
    board,
    parentId,
    visible: { board: partition, id },
    hidden: { board: tableKeys.hiddenComments(board), id },
  };
}

/** The location a pointer item (`ref#<id>`) names. */
export function locationFromRef(id: string, ref: Item): CommentLocation {
  return locationOf(String(ref.slug), id, typeof ref.parentId === 'string' ? ref.parentId : null);
}

/** The pointer item of a comment: its board and parent, never its author (keeps it off byAuthor). */
export function refItem(comment: Pick<Comment, 'id' | 'board' | 'parentId'>): Item {
  return { ...tableKeys.ref(comment.id), slug: comment.board, parentId: comment.parentId };
}

/** The stored item of a visible comment (`html` is rendered on read, never stored). */
export function commentItem(comment: Comment): Item {
  const location = locationOf(comment.board, comment.id, comment.parentId);
  return { ...storedFields(comment), ...location.visible, visible: 1 };
}

/** The key of a comment's visible item. */
export function commentItemKey(comment: Pick<Comment, 'id' | 'board' | 'parentId'>): TableKey {
  return locationOf(comment.board, comment.id, comment.parentId).visible;
}

/** A comment's attributes as stored: its slug apart from the partition key, no rendered html. */
export function storedFields(comment: Comment): Item {
  const fields: Item = { ...comment, slug: comment.board };
  const derived = ['html', 'board', 'hidden', 'recentReplyIds', 'recentReplies', 'likeOpIds'];
  // The "top" index holds listed top-level comments only: a hidden copy must not join it.
  derived.push('topKey', 'topBoard');
  for (const name of [...derived, 'likedByMe']) {
    delete fields[name];
  }
  return fields;
}

const text = (value: unknown, fallback = '') => (typeof value === 'string' ? value : fallback);
const orNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** Reads a stored comment item (of any age: legacy `main` items lack the newer fields) back. */
export function toCommentRecord(item: Item): CommentRecord {
  const createdAt = text(item.createdAt);
  const record: CommentRecord = {
    id: String(item.id),
    board: text(item.slug, LEGACY_BOARD),
    parentId: orNull(item.parentId),
    userId: orNull(item.userId),
    username: orNull(item.username),
    text: text(item.text),
    html: '',
    createdAt,
    updatedAt: text(item.updatedAt, createdAt),
    editedAt: orNull(item.editedAt),
    replyCount: typeof item.replyCount === 'number' ? Math.max(0, item.replyCount) : 0,
    deleted: item.deleted === true,
    // A like and an unlike racing may land their counts out of order: never show below zero.
    likes: typeof item.likes === 'number' ? Math.max(0, item.likes) : 0,
    likedByMe: false,
  };
  const recent = item.recentReplies;
  if (recent && typeof recent === 'object') {
    record.recentReplyIds = Object.keys(recent).sort().reverse();
  }
  const likeOps = item.likeOps;
  if (likeOps && typeof likeOps === 'object') record.likeOpIds = Object.keys(likeOps);
  if (typeof item.topKey === 'string') record.topKey = item.topKey;
  if (item.visible === 0) {
    const reason = item.hiddenReason === 'deleted' ? 'deleted' : 'hidden';
    record.hidden = { by: String(item.hiddenBy), at: String(item.hiddenAt), reason };
  }
  return record;
}
