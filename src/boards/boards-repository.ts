import { countOnce } from '../storage/counted-once';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys } from '../storage/table-keys';
import { mainBoard, MAIN_BOARD, toBoard, type Board } from './board';

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
  countComment(slug: string, comment: { id: string; at: string }, read?: Item): Promise<void>;
  /** One comment fewer; never below zero (the decrement is conditional). */
  uncountComment(slug: string): Promise<void>;
  /** Sets the count outright (the recount command, never a request path). */
  setCount(slug: string, commentCount: number): Promise<void>;
}

/** Builds the repository over the one table. */
export function createBoardsRepository(table: TableAccess): BoardsRepository {
  const boardItem = (board: Board): Item => ({
    ...tableKeys.board(board.slug),
    ...board,
    [COUNTED]: {},
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
    async countComment(slug, { id, at }, read) {
      const map = read?.[COUNTED] as Item | undefined;
      await countOnce(table, tableKeys.board(slug), {
        counter: 'commentCount',
        map: COUNTED,
        id,
        by: 1,
        nowMs: Date.parse(at),
        keep: 0,
        snapshot: read ? (map ? Object.keys(map) : null) : undefined,
        set: { lastCommentAt: at },
      });
    },
    async uncountComment(slug) {
      await table.updateIf(tableKeys.board(slug), {
        UpdateExpression: 'ADD commentCount :minus',
        ConditionExpression: 'commentCount > :zero',
        ExpressionAttributeValues: { ':minus': -1, ':zero': 0 },
      });
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
