import { ValidationError } from '../http/errors';
import { isCommentId } from './comment';

const MAX_CURSOR_LENGTH = 200;

function invalidCursor(): ValidationError {
  return new ValidationError(
    'cursor is not valid; use the nextCursor of a previous page',
    'invalid_cursor',
    {
      pageMessage:
        'That page of comments no longer exists or the link was changed. Start again from the newest comments.',
    },
  );
}

/** Encodes "older than this comment" on `board` as an opaque, URL-safe cursor. */
export function encodeCursor(board: string, lastId: string): string {
  return Buffer.from(JSON.stringify({ v: 1, b: board, id: lastId })).toString('base64url');
}

/** Decodes a cursor made by encodeCursor for `board`; anything else (tampered, foreign) → 400 invalid_cursor. */
export function decodeCursor(board: string, cursor: unknown): string | undefined {
  if (cursor === undefined) return undefined;
  if (
    typeof cursor !== 'string' ||
    cursor.length === 0 ||
    cursor.length > MAX_CURSOR_LENGTH ||
    !/^[A-Za-z0-9_-]+$/.test(cursor)
  ) {
    throw invalidCursor();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  const value = parsed as { v?: unknown; b?: unknown; id?: unknown } | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.keys(value).length !== 3 ||
    value.v !== 1 ||
    value.b !== board ||
    !isCommentId(value.id)
  ) {
    throw invalidCursor();
  }
  return value.id;
}
