import { decodeTime } from 'ulid';
import type { Item, TableAccess } from './dynamo-table';
import type { TableKey } from './table-keys';
import { entryParts, type SizedMapEntry } from './sized-map';

/**
 * An id stays in a counter's map of recently counted ids at least this long: far longer than the
 * SDK's retries of one call (~3 × 2 s), so a retried ADD that had landed finds its own id and
 * does not count twice.
 */
export const COUNTED_HOLD_MS = 60_000;

/**
 * At most this many ids stay in a map, however young: the map lives on the counted item (a board
 * item is rewritten by every post on the board), so its size, and the write units of every update,
 * must not grow with the post rate. The load test found it: 2,000 posts a minute made the board item
 * hold 2,000 ids. An SDK retry that lands after more than this many newer counts on the same item
 * (within its few seconds) may count twice; `npm run recount` repairs that.
 */
export const MAX_COUNTED_IDS = 64;

/** How many ids one update removes at most (keeps the update expression small). */
const MAX_REMOVED_PER_UPDATE = 32;

/**
 * The ids of a map snapshot to drop: beyond the newest `keep` once older than the hold, and beyond
 * the newest MAX_COUNTED_IDS in any case; the oldest first, at most MAX_REMOVED_PER_UPDATE.
 */
export function staleIds(ids: readonly string[], keep: number, nowMs: number): string[] {
  const newestFirst = [...ids].sort().reverse();
  const stale = newestFirst.filter(
    (id, index) =>
      index >= MAX_COUNTED_IDS || (index >= keep && nowMs - decodeTime(id) > COUNTED_HOLD_MS),
  );
  return stale.reverse().slice(0, MAX_REMOVED_PER_UPDATE);
}

/** What a counted-once update found. */
export type CountOutcome = 'counted' | 'already' | 'gone';

/**
 * ADD `by` to `counter` of an existing item once per `id`: the id joins the `map` attribute in the
 * same update, whose condition refuses an id already there (an SDK retry of a call that did land).
 * `snapshot` is the map's ids as read before (null: the item had no map yet), when it was read:
 * stale ids are removed on the way. A refusal costs one GetItem to tell "already" from "gone".
 */
export async function countOnce(
  table: TableAccess,
  key: TableKey,
  change: CountChange,
): Promise<CountOutcome> {
  return (await countOnceReturning(table, key, change)).outcome;
}

/** What countOnce changes; see there. */
export interface CountChange {
  counter: string;
  map: string;
  id: string;
  by: number;
  nowMs: number;
  /** How many of the newest ids to keep whatever their age (the rest go once past the hold). */
  keep: number;
  snapshot?: readonly string[] | null;
  set?: Record<string, unknown>;
  /** A second map the same update keeps an entry in (same call, same condition). */
  entry?: SizedMapEntry;
}

/** countOnce, also resolving the item as it is after the update (or as read after a refusal). */
export async function countOnceReturning(
  table: TableAccess,
  key: TableKey,
  change: CountChange,
): Promise<{ outcome: CountOutcome; item?: Item }> {
  let entry = change.entry;
  const update = (startMap: boolean) => {
    const names: Record<string, string> = { '#c': change.counter, '#m': change.map };
    const values: Record<string, unknown> = { ':by': change.by };
    const sets = Object.entries(change.set ?? {}).map(([name, value], i) => {
      names[`#s${i}`] = name;
      values[`:s${i}`] = value;
      return `#s${i} = :s${i}`;
    });
    const extra = entry ? entryParts(entry, names, values) : undefined;
    const conditions = ['attribute_exists(id)', ...(extra ? [extra.condition] : [])];
    const removes = [...(extra?.remove ?? [])];
    if (startMap) {
      values[':map'] = { [change.id]: true };
      conditions.push('attribute_not_exists(#m)');
    } else {
      names['#id'] = change.id;
      values[':t'] = true;
      conditions.push('attribute_not_exists(#m.#id)');
      const stale = staleIds(change.snapshot ?? [], change.keep, change.nowMs).filter(
        (id) => id !== change.id,
      );
      stale.forEach((id, i) => (names[`#o${i}`] = id));
      removes.push(...stale.map((_, i) => `#m.#o${i}`));
    }
    const setMap = startMap ? '#m = :map' : '#m.#id = :t';
    const remove = removes.length ? ` REMOVE ${removes.join(', ')}` : '';
    return table.updateIf(key, {
      UpdateExpression: `ADD #c :by SET ${[setMap, ...sets, ...(extra?.set ?? [])].join(', ')}${remove}`,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    });
  };
  let startMap = change.snapshot === null;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const updated = await update(startMap);
    if (updated) return { outcome: 'counted', item: updated };
    // Refused: gone, already counted, or a map's existence was guessed wrong (older data).
    const item = await table.get(key);
    if (!item) return { outcome: 'gone' };
    const map = item[change.map] as Item | undefined;
    if (map && change.id in map) return { outcome: 'already', item };
    startMap = !map;
    const entryMap = entry && (item[entry.map] as Item | undefined);
    if (entry) entry = { ...entry, snapshot: entryMap ? Object.keys(entryMap) : null };
  }
  return { outcome: 'already' };
}
