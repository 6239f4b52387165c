import type { CommentRecord, CommentSort } from './comment';
import {
  LEGACY_BOARD,
  locationFromRef,
  locationOf,
  toCommentRecord,
  type CommentLocation,
} from './comment-items';
import type { PagePosition } from './comments-cursor';
import { BATCH_GET_MAX } from '../storage/dynamo-batch';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { TOP_INDEX, tableKeys, type TableKey } from '../storage/table-keys';

/** Inline replies per top-level comment on a board page. */
export const INLINE_REPLIES = 3;

/** What one BatchGetItem found about comment `id`, and the caller's extra keys' items. */
export interface Lookup {
  /** Where the comment lives; undefined when no pointer and no legacy `main` copy exists. */
  location?: CommentLocation;
  /** Its visible item or hidden copy, when they were among the keys read. */
  visible?: CommentRecord;
  hidden?: CommentRecord;
  /** True when both of the location's keys were read (else visible/hidden say nothing). */
  complete: boolean;
  /** The items of the `extra` keys, in their order (undefined: no such item). */
  extras: Array<Item | undefined>;
}

const sameKey = (a: TableKey) => (item: Item) => item.board === a.board && item.id === a.id;

/** One strongly consistent BatchGetItem: `extra` keys, plus where comment `id` lives (if given). */
export async function lookup(
  table: TableAccess,
  id: string | undefined,
  options: { board?: string; extra?: TableKey[] },
): Promise<Lookup> {
  const extra = options.extra ?? [];
  const legacy = id ? locationOf(LEGACY_BOARD, id, null) : undefined;
  // The likely places: the pointer, a legacy `main` comment (no pointer), a top-level on `board`.
  const guesses = id ? [tableKeys.ref(id), legacy!.visible, legacy!.hidden] : ([] as TableKey[]);
  if (id && options.board) guesses.push(locationOf(options.board, id, null).visible);
  const items = await table.batchGet([...extra, ...guesses]);
  const find = (key: TableKey) => items.find(sameKey(key));
  const extras = extra.map(find);
  if (!id) return { extras, complete: false };
  const ref = find(tableKeys.ref(id));
  const location = ref
    ? locationFromRef(id, ref)
    : find(legacy!.visible) || find(legacy!.hidden)
      ? legacy
      : undefined;
  if (!location) return { extras, complete: false };
  const visible = find(location.visible);
  const hidden = find(location.hidden);
  const wasRead = (key: TableKey) => guesses.some((guess) => sameKey(guess)(key));
  return {
    location,
    extras,
    complete: wasRead(location.visible) && wasRead(location.hidden),
    ...(visible ? { visible: toCommentRecord(visible) } : {}),
    ...(hidden ? { hidden: toCommentRecord(hidden) } : {}),
  };
}

/** The visible item and hidden copy at `location` (one BatchGetItem). */
export async function readAt(
  table: TableAccess,
  location: CommentLocation,
): Promise<{ visible?: CommentRecord; hidden?: CommentRecord }> {
  const items = await table.batchGet([location.visible, location.hidden]);
  const visible = items.find(sameKey(location.visible));
  const hidden = items.find(sameKey(location.hidden));
  return {
    ...(visible ? { visible: toCommentRecord(visible) } : {}),
    ...(hidden ? { hidden: toCommentRecord(hidden) } : {}),
  };
}

/**
 * Up to `limit` items of one partition in `sort` order: the first ones, or those after / before
 * `from` (before: queried the other way, then reversed). One strongly consistent Query.
 */
export async function queryPage(
  table: TableAccess,
  partition: string,
  sort: CommentSort,
  limit: number,
  from?: PagePosition,
): Promise<{ items: CommentRecord[]; hasMore: boolean }> {
  const back = from?.direction === 'newer';
  const ascending = (sort === 'oldest') !== back;
  const { items, lastKey } = await table.query({
    KeyConditionExpression: from
      ? `board = :b AND id ${ascending ? '>' : '<'} :from`
      : 'board = :b',
    ExpressionAttributeValues: { ':b': partition, ...(from ? { ':from': from.id } : {}) },
    ScanIndexForward: ascending,
    Limit: limit + 1,
  });
  const page = items.slice(0, limit).map(toCommentRecord);
  return {
    items: back ? page.reverse() : page,
    hasMore: items.length > limit || lastKey !== undefined,
  };
}

/**
 * Up to `limit` top-level comments of `board` by likes (ties newest first), after or before the
 * `topKey` in `from`: one Query of the "top" index (eventually consistent, as GSIs are).
 */
export async function queryTopPage(
  table: TableAccess,
  board: string,
  limit: number,
  from?: PagePosition,
): Promise<{ items: CommentRecord[]; hasMore: boolean }> {
  const back = from?.direction === 'newer';
  const { items, lastKey } = await table.queryIndex(TOP_INDEX, {
    KeyConditionExpression: from
      ? `topBoard = :b AND topKey ${back ? '>' : '<'} :from`
      : 'topBoard = :b',
    ExpressionAttributeValues: { ':b': board, ...(from ? { ':from': from.id } : {}) },
    ScanIndexForward: back,
    Limit: limit + 1,
  });
  const page = items.slice(0, limit).map(toCommentRecord);
  return {
    items: back ? page.reverse() : page,
    hasMore: items.length > limit || lastKey !== undefined,
  };
}

/**
 * The newest replies of each top-level comment (ids kept on the parent), oldest first, in one
 * BatchGetItem: at most INLINE_REPLIES each, fewer on long pages so the keys fit one call.
 */
export async function newestReplies(
  table: TableAccess,
  parents: CommentRecord[],
): Promise<Map<string, CommentRecord[]>> {
  const perParent = Math.min(
    INLINE_REPLIES,
    Math.floor(BATCH_GET_MAX / Math.max(1, parents.length)),
  );
  const keys = parents.flatMap((parent) =>
    (parent.recentReplyIds ?? [])
      .slice(0, perParent)
      .map((id) => ({ board: tableKeys.thread(parent.id), id })),
  );
  const byParent = new Map<string, CommentRecord[]>(parents.map((parent) => [parent.id, []]));
  if (keys.length === 0) return byParent;
  for (const item of await table.batchGet(keys)) {
    const reply = toCommentRecord(item);
    byParent.get(reply.parentId ?? '')?.push(reply);
  }
  for (const replies of byParent.values()) replies.sort((a, b) => a.id.localeCompare(b.id));
  return byParent;
}
