import type { BoardsRepository } from '../boards/boards-repository';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys } from '../storage/table-keys';
import { RECENT_REPLY_IDS } from './comment-writes';

/** What a recount found and set. */
export interface RecountResult {
  board: string;
  /** Visible top-level comments and replies (placeholders not counted). */
  commentCount: number;
  topLevel: number;
  replies: number;
  /** Top-level comments whose replyCount or newest-reply ids were corrected. */
  corrected: number;
}

/** Every item of one partition, ids and the given attributes only (all pages; admin path). */
async function queryAll(
  table: TableAccess,
  partition: string,
  attributes: string[] = [],
): Promise<Item[]> {
  const items: Item[] = [];
  let startKey: Item | undefined;
  do {
    const names = Object.fromEntries(['id', ...attributes].map((a) => [`#${a}`, a]));
    const page = await table.query({
      KeyConditionExpression: 'board = :b',
      ExpressionAttributeValues: { ':b': partition },
      ProjectionExpression: Object.keys(names).join(', '),
      ExpressionAttributeNames: names,
      ...(startKey ? { ExclusiveStartKey: startKey } : {}),
    });
    items.push(...page.items);
    startKey = page.lastKey;
  } while (startKey);
  return items;
}

const sameIds = (a: string[], b: string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/**
 * Recomputes a board's counts with Queries (the board's top-level comments, then each thread) and
 * sets them: every top-level comment's replyCount and newest reply ids, then the board's
 * commentCount. An admin command (`npm run recount`), never on a request path; it also gives
 * `main` its count for comments written before counts existed.
 */
export async function recountBoard(
  table: TableAccess,
  boards: BoardsRepository,
  slug: string,
): Promise<RecountResult> {
  if (!(await boards.get(slug, new Date().toISOString()))) {
    throw new Error(`There is no board "${slug}"`);
  }
  const tops = await queryAll(table, tableKeys.visibleComments(slug), [
    'deleted',
    'replyCount',
    'recentReplies',
  ]);
  let replies = 0;
  let corrected = 0;
  for (const top of tops) {
    const ids = (await queryAll(table, tableKeys.thread(String(top.id)))).map((r) => String(r.id));
    replies += ids.length;
    const newest = ids.slice(-RECENT_REPLY_IDS).reverse();
    const stored = Object.keys((top.recentReplies as object | undefined) ?? {})
      .sort()
      .reverse();
    if (top.replyCount === ids.length && sameIds(stored, newest)) continue;
    corrected += 1;
    await table.updateIf(
      { board: tableKeys.visibleComments(slug), id: String(top.id) },
      {
        UpdateExpression: 'SET replyCount = :n, recentReplies = :recent',
        ConditionExpression: 'attribute_exists(id)',
        ExpressionAttributeValues: {
          ':n': ids.length,
          ':recent': Object.fromEntries(newest.map((id) => [id, true])),
        },
      },
    );
  }
  const topLevel = tops.filter((top) => top.deleted !== true).length;
  const commentCount = topLevel + replies;
  await boards.setCount(slug, commentCount);
  return { board: slug, commentCount, topLevel, replies, corrected };
}
