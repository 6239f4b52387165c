/** A comment as the API returns it; timestamps are ISO 8601 UTC. */
export interface Comment {
  id: string;
  userId: string;
  username: string;
  text: string;
  createdAt: string;
  updatedAt: string;
}

/** Who hid a comment and when; kept on hidden and deleted comments, which are never listed. */
export interface HiddenInfo {
  by: string;
  at: string;
  reason: 'deleted' | 'hidden';
}

/** A comment as stored, with its visibility. */
export interface CommentRecord extends Comment {
  hidden?: HiddenInfo;
}

/** One page of comments, newest first, with the opaque cursors of the older and newer pages. */
export interface CommentPage {
  items: Comment[];
  nextCursor: string | null;
  /** The page of newer comments; null on the newest page. */
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
  const { id, userId, username, text, createdAt, updatedAt } = record;
  return { id, userId, username, text, createdAt, updatedAt };
}
