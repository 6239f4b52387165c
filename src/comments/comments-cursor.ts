import * as z from 'zod';
import { coded, parseInput } from '../http/api-input';
import { ValidationError } from '../http/errors';
import { isCommentId, type CommentSort } from './comment';
import { TOP_KEY_PATTERN, topKeyOf } from '../storage/table-keys';

const MAX_CURSOR_LENGTH = 200;
const SORTS: CommentSort[] = ['newest', 'oldest', 'top'];

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

/**
 * Where a page starts: the comments after `id` in the listing's order (`older`: the next page) or
 * before it (`newer`: the previous page). The names come from the default newest-first order.
 */
export interface PagePosition {
  id: string;
  direction: 'older' | 'newer';
}

/**
 * Encodes a position on `board` in `sort` order as an opaque, URL-safe cursor. Newest-first
 * cursors carry no sort and next-page ones no direction, so cursors made before either existed
 * still work.
 */
export function encodeCursor(
  board: string,
  id: string,
  direction: PagePosition['direction'] = 'older',
  sort: CommentSort = 'newest',
): string {
  const value = {
    v: 1,
    b: board,
    id,
    ...(direction === 'newer' ? { d: 'newer' } : {}),
    ...(sort === 'newest' ? {} : { s: sort }),
  };
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/**
 * Decodes a cursor made by encodeCursor for `board` and `sort`; anything else (tampered, another
 * board's, another order's) → 400 invalid_cursor.
 */
export function decodeCursor(
  board: string,
  cursor: unknown,
  sort: CommentSort = 'newest',
): PagePosition | undefined {
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
  const value = parsed as {
    v?: unknown;
    b?: unknown;
    id?: unknown;
    d?: unknown;
    s?: unknown;
  } | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.keys(value).length !==
      3 + Number(value.d !== undefined) + Number(value.s !== undefined) ||
    value.v !== 1 ||
    value.b !== board ||
    (value.s ?? 'newest') !== sort ||
    !(sort === 'top'
      ? typeof value.id === 'string' && TOP_KEY_PATTERN.test(value.id)
      : isCommentId(value.id)) ||
    (value.d !== undefined && value.d !== 'newer')
  ) {
    throw invalidCursor();
  }
  return { id: value.id as string, direction: value.d === 'newer' ? 'newer' : 'older' };
}

/**
 * The cursors around a page that started at `from`. Coming from newer pages, older ones follow
 * (an empty page after deletions points back past its anchor); coming from older pages, newer
 * ones exist when the page has items. The newest page has no newer cursor.
 */
export function pageCursors(
  board: string,
  from: PagePosition | undefined,
  items: ReadonlyArray<{ id: string; likes?: number; topKey?: string }>,
  hasMore: boolean,
  sort: CommentSort = 'newest',
): { nextCursor: string | null; prevCursor: string | null } {
  // A "top" page is positioned by the index's sort key, which ties the id to the count it had.
  const at = (item?: (typeof items)[number]) =>
    item && (sort === 'top' ? (item.topKey ?? topKeyOf(item.likes ?? 0, item.id)) : item.id);
  const first = at(items[0]);
  const last = at(items[items.length - 1]);
  const next = (id: string) => encodeCursor(board, id, 'older', sort);
  const prev = (id: string) => encodeCursor(board, id, 'newer', sort);
  if (from?.direction === 'newer') {
    return {
      nextCursor: next(last ?? from.id),
      prevCursor: hasMore && first ? prev(first) : null,
    };
  }
  return {
    nextCursor: hasMore && last ? next(last) : null,
    prevCursor: from && first ? prev(first) : null,
  };
}

/** The `sort` query parameter of a board's listing (`invalid_sort`). */
export const SortParam = z
  .unknown()
  .refine(
    (value) => value === undefined || SORTS.includes(value as CommentSort),
    coded('invalid_sort', 'sort must be newest, oldest or top'),
  )
  .meta({ override: { type: 'string', enum: SORTS, default: 'newest' } })
  .transform((value) => value as CommentSort)
  .default('newest')
  .meta({ description: 'Listing order: newest first, oldest first, or most liked' });

/** Parses the `sort` query parameter: newest (default), oldest or top. */
export function parseSort(value: unknown): CommentSort {
  return parseInput(SortParam, value);
}
