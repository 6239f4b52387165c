/** How many ids one update removes at most (keeps the update expression small). */
const MAX_REMOVED_PER_UPDATE = 32;

/**
 * An `id` → `value` entry of a map trimmed by size (the newest `keep` ids stay, whatever their age),
 * written by the counting update itself. `snapshot` is that map's ids as read before (null: the item
 * had no such map, so the update creates it; undefined: not read, so it is assumed to exist).
 */
export interface SizedMapEntry {
  map: string;
  id: string;
  value: unknown;
  keep: number;
  snapshot?: readonly string[] | null;
}

/** The ids beyond the newest `keep` once `id` joins (oldest first, at most MAX_REMOVED_PER_UPDATE). */
export function overflowIds(ids: readonly string[], id: string, keep: number): string[] {
  const newestFirst = [...new Set([...ids, id])].sort().reverse();
  return newestFirst.slice(keep).reverse().slice(0, MAX_REMOVED_PER_UPDATE);
}

/** The SET, REMOVE and condition parts of a SizedMapEntry (its names and values join `names`/`values`). */
export function entryParts(
  entry: SizedMapEntry,
  names: Record<string, string>,
  values: Record<string, unknown>,
): { set: string[]; remove: string[]; condition: string } {
  names['#e'] = entry.map;
  if (entry.snapshot === null) {
    values[':emap'] = { [entry.id]: entry.value };
    return { set: ['#e = :emap'], remove: [], condition: 'attribute_not_exists(#e)' };
  }
  const over = overflowIds(entry.snapshot ?? [], entry.id, entry.keep);
  // An id older than every kept one (a late replay) is not added at all.
  const set = over.includes(entry.id) ? [] : ['#e.#eid = :ev'];
  if (set.length) {
    names['#eid'] = entry.id;
    values[':ev'] = entry.value;
  }
  const remove = over.filter((id) => id !== entry.id);
  remove.forEach((id, i) => (names[`#eo${i}`] = id));
  return {
    set,
    remove: remove.map((_, i) => `#e.#eo${i}`),
    condition: 'attribute_exists(#e)',
  };
}
