import type { BoardsRepository } from '../boards/boards-repository';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys, topKeyOf } from '../storage/table-keys';
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
  /** Top-level comments put (back) in their place in "top" (written before it existed, or stale). */
  placedInTop: number;
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
    'likes',
    'topBoard',
    'topKey',
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
  const placedInTop = await placeInTop(table, slug, tops);
  const topLevel = tops.filter((top) => top.deleted !== true).length;
  const commentCount = topLevel + replies;
  await boards.setCount(slug, commentCount);
  return { board: slug, commentCount, topLevel, replies, corrected, placedInTop };
}

/**
 * Gives listed top-level comments their "top" keys where missing or stale (comments from before
 * the index, or a like whose placing was lost), conditional on the count read, so a like landing
 * meanwhile keeps its own placing. Placeholders stay out. Resolves how many were placed.
 */
async function placeInTop(table: TableAccess, slug: string, tops: Item[]): Promise<number> {
  let placed = 0;
  for (const top of tops) {
    if (top.deleted === true) continue;
    const likes = typeof top.likes === 'number' ? top.likes : undefined;
    const topKey = topKeyOf(likes ?? 0, String(top.id));
    if (top.topBoard === slug && top.topKey === topKey) continue;
    const done = await table.updateIf(
      { board: tableKeys.visibleComments(slug), id: String(top.id) },
      {
        UpdateExpression: 'SET topBoard = :slug, topKey = :k',
        ConditionExpression: `attribute_exists(id) AND ${likes === undefined ? 'attribute_not_exists(likes)' : 'likes = :n'} AND (attribute_not_exists(deleted) OR deleted = :f)`,
        ExpressionAttributeValues: {
          ':slug': slug,
          ':k': topKey,
          ':f': false,
          ...(likes === undefined ? {} : { ':n': likes }),
        },
      },
    );
    if (done) placed += 1;
  }
  return placed;
}
