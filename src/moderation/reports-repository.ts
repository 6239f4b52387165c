import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys, type TableKey } from '../storage/table-keys';
import { addReport, type NewReport } from './report-writes';

export type { NewReport } from './report-writes';

/** A queue entry with the summary it points at (undefined when that is gone or moved on). */
export interface QueueRow {
  entry: Item;
  summary?: Item;
  /** The comment's visible item (undefined once hidden or deleted). */
  comment?: Item;
}

/** Reports, their per-comment summaries and the moderation queue over the one table. */
export interface ReportsRepository {
  /** Stores a user's report and counts it once; false when this user had already reported it. */
  add(report: NewReport): Promise<boolean>;
  /** One page of queue entries newest first, each with its summary and comment (Query + BatchGetItem). */
  page(
    limit: number,
    after?: string,
  ): Promise<{ rows: QueueRow[]; hasMore: boolean; lastKey?: string }>;
  /** Drops a queue entry; with `summary`, also the summary it still owns (the comment went). */
  drop(entryKey: string, summary?: boolean): Promise<void>;
  /** Takes a comment off the queue (summary, then its entry); false when it was not on it. */
  dismiss(commentId: string): Promise<boolean>;
  /** One page of a user's report items, for account erasure. */
  listOf(sub: string, startKey?: Item): Promise<{ items: TableKey[]; lastKey?: Item }>;
  /** Deletes one report item. */
  remove(key: TableKey): Promise<void>;
}

/** Builds the reports repository. */
export function createReportsRepository(table: TableAccess): ReportsRepository {
  return {
    add: (report) => addReport(table, report),

    async page(limit, after) {
      const { items, lastKey } = await table.query({
        KeyConditionExpression: after ? 'board = :q AND id < :after' : 'board = :q',
        ExpressionAttributeValues: {
          ':q': tableKeys.reportQueue,
          ...(after ? { ':after': after } : {}),
        },
        ScanIndexForward: false,
        Limit: limit + 1,
      });
      const entries = items.slice(0, limit);
      const commentKey = (e: Item): TableKey =>
        typeof e.parentId === 'string'
          ? { board: tableKeys.thread(e.parentId), id: String(e.commentId) }
          : { board: String(e.slug), id: String(e.commentId) };
      const keys = entries.flatMap((e) => [
        commentKey(e),
        tableKeys.reportSummary(String(e.commentId)),
      ]);
      const found = keys.length ? await table.batchGet(keys) : [];
      const find = (key: TableKey) => found.find((i) => i.board === key.board && i.id === key.id);
      const rows = entries.map((entry) => ({
        entry,
        summary: find(tableKeys.reportSummary(String(entry.commentId))),
        comment: find(commentKey(entry)),
      }));
      const hasMore = items.length > limit || lastKey !== undefined;
      return {
        rows,
        hasMore,
        lastKey: hasMore ? String(entries[entries.length - 1]?.id) : undefined,
      };
    },

    async drop(entryKey, summary) {
      const entry = await table.takeIf(tableKeys.reportQueueEntry(entryKey), {
        ConditionExpression: 'attribute_exists(id)',
      });
      if (summary && entry) {
        // Only while the summary still points here (a new report may have moved it on).
        await table.takeIf(tableKeys.reportSummary(String(entry.commentId)), {
          ConditionExpression: 'queueKey = :k',
          ExpressionAttributeValues: { ':k': entryKey },
        });
      }
    },

    async dismiss(commentId) {
      const summary = await table.takeIf(tableKeys.reportSummary(commentId), {
        ConditionExpression: 'attribute_exists(id)',
      });
      if (!summary) return false;
      await table.deleteExisting(tableKeys.reportQueueEntry(String(summary.queueKey)));
      return true;
    },

    async listOf(sub, startKey) {
      const { items, lastKey } = await table.query({
        KeyConditionExpression: 'board = :b',
        ExpressionAttributeValues: { ':b': tableKeys.reports(sub) },
        ProjectionExpression: 'board, id',
        Limit: 100,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      });
      return { items: items.map((i) => ({ board: String(i.board), id: String(i.id) })), lastKey };
    },

    async remove(key) {
      await table.deleteExisting(key);
    },
  };
}
