/** A comment as the API returns it: every field always present; timestamps are ISO 8601 UTC. */
export interface Comment {
  id: string;
  /** The board's slug. */
  board: string;
  /** null for a top-level comment, else the top-level comment's id (replies are two levels). */
  parentId: string | null;
  /** The author; null on a deleted placeholder. */
  userId: string | null;
  username: string | null;
  /** Markdown source; "" on a placeholder. */
  text: string;
  /** `text` rendered; "" on a placeholder. */
  html: string;
  createdAt: string;
  /** Changes when the text is edited (not on hides). */
  updatedAt: string;
  /** null until edited, then the last edit's time. */
  editedAt: string | null;
  /** Visible replies of a top-level comment; 0 on replies. */
  replyCount: number;
  /** True on the placeholder a deleted top-level comment with replies leaves behind. */
  deleted: boolean;
  /** How many users like it. */
  likes: number;
  /** Whether the reader likes it (false when signed out or not looked up). */
  likedByMe: boolean;
}

/** Who hid a comment and when; kept on hidden and deleted comments, which are never listed. */
export interface HiddenInfo {
  by: string;
  at: string;
  reason: 'deleted' | 'hidden';
}

/** A comment as stored, with its visibility and the ids of its newest replies. */
export interface CommentRecord extends Comment {
  hidden?: HiddenInfo;
  /** Ids of the newest few replies (top-level comments only), newest first. */
  recentReplyIds?: string[];
  /** Ids of the recently counted like changes (an SDK retry finds its own and counts once). */
  likeOpIds?: string[];
  /** Its place in the "top" index (visible top-level comments only). */
  topKey?: string;
}

/** A top-level comment with its newest few replies, oldest first (what a board page shows). */
export interface CommentWithReplies extends Comment {
  recentReplies: Comment[];
}

/** Listing orders of a board. */
export type CommentSort = 'newest' | 'oldest' | 'top';

/** One page of comments, with the opaque cursors of the following and preceding pages. */
export interface CommentPage<T extends Comment = Comment> {
  items: T[];
  nextCursor: string | null;
  /** The preceding page; null on the first page. */
  prevCursor: string | null;
}

/** Comment ids are ULIDs: 26 Crockford base-32 characters, time-ordered. */
export const COMMENT_ID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** True when `value` looks like a comment id (so malformed ids never reach DynamoDB). */
export function isCommentId(value: unknown): value is string {
  return typeof value === 'string' && COMMENT_ID_PATTERN.test(value);
}

/** The public shape of a comment: exactly the API's fields, whatever the record carries. */
export function toPublicComment(record: Comment): Comment {
  const { id, board, parentId, userId, username, text, html, createdAt, updatedAt } = record;
  const { editedAt, replyCount, deleted, likes, likedByMe } = record;
  return {
    id,
    board,
    parentId,
    userId,
    username,
    text,
    html,
    createdAt,
    updatedAt,
    editedAt,
    replyCount,
    deleted,
    likes,
    likedByMe,
  };
}
