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

/** Where a page starts: the comments older (next page) or newer (previous page) than `id`. */
export interface PagePosition {
  id: string;
  direction: 'older' | 'newer';
}

/** Encodes a position on `board` as an opaque, URL-safe cursor (older ones carry no direction). */
export function encodeCursor(
  board: string,
  id: string,
  direction: PagePosition['direction'] = 'older',
): string {
  const value = direction === 'newer' ? { v: 1, b: board, id, d: 'newer' } : { v: 1, b: board, id };
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Decodes a cursor made by encodeCursor for `board`; anything else (tampered, foreign) → 400 invalid_cursor. */
export function decodeCursor(board: string, cursor: unknown): PagePosition | undefined {
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
  const value = parsed as { v?: unknown; b?: unknown; id?: unknown; d?: unknown } | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.keys(value).length !== (value.d === undefined ? 3 : 4) ||
    value.v !== 1 ||
    value.b !== board ||
    !isCommentId(value.id) ||
    (value.d !== undefined && value.d !== 'newer')
  ) {
    throw invalidCursor();
  }
  return { id: value.id, direction: value.d === 'newer' ? 'newer' : 'older' };
}

/**
 * The cursors around a page that started at `from`. Coming from newer pages, older ones follow
 * (an empty page after deletions points back past its anchor); coming from older pages, newer
 * ones exist when the page has items. The newest page has no newer cursor.
 */
export function pageCursors(
  board: string,
  from: PagePosition | undefined,
  items: ReadonlyArray<{ id: string }>,
  hasMore: boolean,
): { nextCursor: string | null; prevCursor: string | null } {
  const first = items[0]?.id;
  const last = items[items.length - 1]?.id;
  if (from?.direction === 'newer') {
    return {
      nextCursor: encodeCursor(board, last ?? from.id),
      prevCursor: hasMore && first ? encodeCursor(board, first, 'newer') : null,
    };
  }
  return {
    nextCursor: hasMore && last ? encodeCursor(board, last) : null,
    prevCursor: from && first ? encodeCursor(board, first, 'newer') : null,
  };
}
