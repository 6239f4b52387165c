import type { Item } from '../storage/dynamo-table';

/**
 * The board item's map of its newest comment and reply ids (id → top-level parent id, or null for
 * a top-level comment). Kept by the same UpdateItem that counts a post, so it costs no call; a hide
 * takes its id out in the same UpdateItem that uncounts it. Unlike the counted-once map, it is
 * trimmed by size, never by age.
 */
export const NEWEST_ATTRIBUTE = 'newest';

/**
 * How many ids the map keeps: "new since" counts and the feed never look further back. Bounded so
 * the board item (rewritten by every post) stays small: 60 entries of ~60 bytes are ~4 KB.
 */
export const NEWEST_KEPT = 60;

/** One entry of the map: a comment id and, for a reply, its top-level comment's id. */
export interface NewestEntry {
  id: string;
  parentId: string | null;
}

/** The entries of a stored board item, newest first (none on a board from before the map). */
export function newestEntries(item: Item | undefined): NewestEntry[] {
  const map = item?.[NEWEST_ATTRIBUTE];
  if (typeof map !== 'object' || map === null) return [];
  return Object.entries(map as Record<string, unknown>)
    .map(([id, parent]) => ({ id, parentId: typeof parent === 'string' ? parent : null }))
    .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}

/**
 * How many entries are newer than `after` (all of them without one), only those of one thread
 * (the top-level comment and its replies) when `thread` is given. At most NEWEST_KEPT.
 */
export function countNewer(entries: NewestEntry[], after?: string, thread?: string): number {
  return entries.filter(
    (entry) =>
      (after === undefined || entry.id > after) &&
      (thread === undefined || entry.id === thread || entry.parentId === thread),
  ).length;
}

/** The newest id of the entries (what a page shows as "seen"), or null when there is none. */
export function newestId(entries: NewestEntry[]): string | null {
  return entries[0]?.id ?? null;
}
