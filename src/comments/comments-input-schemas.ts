import * as z from 'zod';
import { coded } from '../http/api-input';
import { IdempotencyKeyHeader, LimitParam, MAX_TEXT_LENGTH } from './comment-validation';
import { SortParam } from './comments-cursor';

const cursor = z
  .unknown()
  .refine(
    (value) => value === undefined || typeof value === 'string',
    coded('invalid_cursor', 'cursor is not valid; use the nextCursor of a previous page'),
  )
  .optional()
  .meta({
    description: 'nextCursor (or prevCursor) of a previous page',
    override: { type: 'string' },
  });

/** `GET /api/comments` and `GET /api/boards/{slug}/comments`. */
export const ListQuery = z.object({ limit: LimitParam, cursor, sort: SortParam });
/** `GET /api/comments/{id}/replies`. */
export const RepliesQuery = z.object({ limit: LimitParam, cursor });
/** The `Idempotency-Key` header of a new comment. */
export const PostHeaders = z.object({ 'idempotency-key': IdempotencyKeyHeader });

const text = z
  .string({
    error: (issue) => (issue.input == null ? 'text is required' : 'text must be a string'),
  })
  .meta({
    description: `Markdown; trimmed, CRLF → LF, then 1–${MAX_TEXT_LENGTH} Unicode code points with something visible and no control characters but newline and tab`,
    example: 'Hello from curl!\nA second line.',
  });
const notAnObject = 'The body must be a JSON object such as {"text": "Hello"}';
const parentMessage = 'parentId must be the id of a comment on this board';

/** A new comment or reply (`userId`/`username` come from the token; others are ignored). */
export const PostCommentBody = z.object(
  {
    text,
    parentId: z.string({ error: parentMessage }).nullable().optional().meta({
      description: 'Reply to this comment (same board); absent or null for a top-level comment',
    }),
  },
  { error: notAnObject },
);
/** An edit: the new text. */
export const EditCommentBody = z.object({ text }, { error: notAnObject });
