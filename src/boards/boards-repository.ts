import { countOnce } from '../storage/counted-once';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys } from '../storage/table-keys';
import { mainBoard, MAIN_BOARD, toBoard, type Board } from './board';
import { NEWEST_ATTRIBUTE, NEWEST_KEPT, newestEntries, type NewestEntry } from './board-newest';

/** The board item's map of recently counted comment ids (see storage/counted-once.ts). */
const COUNTED = 'recentCounted';

/** The board records (`meta#boards`) and their counters, behind a small interface. */
export interface BoardsRepository {
  /** Every board, in one strongly consistent Query (board `main` created if missing). */
  list(nowIso: string): Promise<Board[]>;
  /** One board; `main` is created on first use (conditional put, so two first uses agree). */
  get(slug: string, nowIso: string): Promise<Board | undefined>;
  /** A board read by another call's BatchGetItem (undefined item: not there; `main` made now). */
  fromItem(slug: string, item: Item | undefined, nowIso: string): Promise<Board | undefined>;
  /** Conditional put of a new board; false when the slug is taken. */
  create(board: Board): Promise<boolean>;
  /**
   * One comment more, once per comment id (an SDK retry cannot count it twice), and the last
   * activity time; `read` is the board item as read before the write, when it was.
   */
  countComment(
    slug: string,
    comment: { id: string; at: string; parentId?: string | null },
    read?: Item,
  ): Promise<void>;
  /**
   * One comment fewer; never below zero (the decrement is conditional). With `id`, the same update
   * takes it out of the board's newest ids.
   */
  uncountComment(slug: string, id?: string): Promise<void>;
  /** A board and its newest comment ids (board-newest.ts): one strongly consistent GetItem. */
  getWithNewest(
    slug: string,
    nowIso: string,
  ): Promise<{ board: Board; newest: NewestEntry[] } | undefined>;
  /** Sets the count outright (the recount command, never a request path). */
  setCount(slug: string, commentCount: number): Promise<void>;
}

/** Builds the repository over the one table. */
export function createBoardsRepository(table: TableAccess): BoardsRepository {
  const boardItem = (board: Board): Item => ({
    ...tableKeys.board(board.slug),
    ...board,
    [COUNTED]: {},
    [NEWEST_ATTRIBUTE]: {},
  });
  async function ensureMain(nowIso: string): Promise<Board> {
    const board = mainBoard(nowIso);
    if (await table.putIf(boardItem(board))) return board;
    return toBoard((await table.get(tableKeys.board(MAIN_BOARD))) ?? boardItem(board));
  }
  const fromItem = async (slug: string, item: Item | undefined, nowIso: string) => {
    if (item) return toBoard(item);
    return slug === MAIN_BOARD ? ensureMain(nowIso) : undefined;
  };
  return {
    async list(nowIso) {
      const boards: Board[] = [];
      let startKey: Item | undefined;
      do {
        const page = await table.query({
          KeyConditionExpression: 'board = :b',
          ExpressionAttributeValues: { ':b': tableKeys.boards },
          ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        });
        boards.push(...page.items.map(toBoard));
        startKey = page.lastKey;
      } while (startKey);
      if (!boards.some((board) => board.slug === MAIN_BOARD)) boards.push(await ensureMain(nowIso));
      return boards;
    },
    async get(slug, nowIso) {
      return fromItem(slug, await table.get(tableKeys.board(slug)), nowIso);
    },
    fromItem,
    create: (board) => table.putIf(boardItem(board)),
    async countComment(slug, { id, at, parentId = null }, read) {
      const map = read?.[COUNTED] as Item | undefined;
      const newest = read?.[NEWEST_ATTRIBUTE] as Item | undefined;
      await countOnce(table, tableKeys.board(slug), {
        counter: 'commentCount',
        map: COUNTED,
        id,
        by: 1,
        nowMs: Date.parse(at),
        keep: 0,
        snapshot: read ? (map ? Object.keys(map) : null) : undefined,
        set: { lastCommentAt: at },
        entry: {
          map: NEWEST_ATTRIBUTE,
          id,
          value: parentId,
          keep: NEWEST_KEPT,
          snapshot: read ? (newest ? Object.keys(newest) : null) : undefined,
        },
      });
    },
    async uncountComment(slug, id) {
      const uncount = {
        UpdateExpression: 'ADD commentCount :minus',
        ConditionExpression: 'commentCount > :zero',
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
      };
      // A board from before the newest ids has no map to remove from: then the plain decrement.
      const done =
        id &&
        (await table.updateIf(tableKeys.board(slug), {
          ...uncount,
          UpdateExpression: `${uncount.UpdateExpression} REMOVE #n.#id`,
          ConditionExpression: `${uncount.ConditionExpression} AND attribute_exists(#n)`,
          ExpressionAttributeNames: { '#n': NEWEST_ATTRIBUTE, '#id': id },
        }));
      if (!done) await table.updateIf(tableKeys.board(slug), uncount);
    },
    async getWithNewest(slug, nowIso) {
      const item = await table.get(tableKeys.board(slug));
      const board = await fromItem(slug, item, nowIso);
      return board && { board, newest: newestEntries(item) };
    },
    async setCount(slug, commentCount) {
      await table.updateIf(tableKeys.board(slug), {
        UpdateExpression: 'SET commentCount = :n',
        ConditionExpression: 'attribute_exists(id)',
        ExpressionAttributeValues: { ':n': commentCount },
      });
    },
  };
}
