import { ulid } from 'ulid';
import { countOnceReturning } from '../storage/counted-once';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys, type TableKey } from '../storage/table-keys';
import { MAX_KEPT_REASONS, queueEntryKey } from './report';

/** A new report: who, of which comment (and where it lives), why, and the summary as read. */
export interface NewReport {
  sub: string;
  commentId: string;
  slug: string;
  parentId: string | null;
  reason: string;
  nowMs: number;
  /** The comment's summary as read with the comment (undefined: none yet). */
  summary?: Item;
}

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

const opIdsOf = (summary: Item | undefined) =>
  summary ? Object.keys((summary.reportOps as Item | undefined) ?? {}) : undefined;

/** Builds the reports repository. */
export function createReportsRepository(table: TableAccess): ReportsRepository {
  /**
   * Counts report `op` on the comment's summary once (counted-once map `reportOps`), moving it to
   * `entryKey`; a summary that does not exist yet is created. The kept reasons are rewritten from
   * the summary as read: two reports in the same instant may keep one reason; the count is exact.
   */
  async function count(report: NewReport, op: string, entryKey: string, at: string) {
    const key = tableKeys.reportSummary(report.commentId);
    let summary = report.summary;
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const kept = Array.isArray(summary?.reasons) ? (summary.reasons as string[]) : [];
      const fields = {
        commentId: report.commentId,
        slug: report.slug,
        parentId: report.parentId,
        lastReportedAt: at,
        queueKey: entryKey,
        reasons: [report.reason, ...kept].slice(0, MAX_KEPT_REASONS),
      };
      if (!summary) {
        const created = await table.putIf({
          ...key,
          ...fields,
          reports: 1,
          reportOps: { [op]: true },
        });
        if (created) return undefined;
        summary = await table.get(key);
        if (!summary) continue;
        if (opIdsOf(summary)?.includes(op)) return undefined; // our own create, retried
        continue;
      }
      const { outcome } = await countOnceReturning(table, key, {
        counter: 'reports',
        map: 'reportOps',
        id: op,
        by: 1,
        nowMs: report.nowMs,
        keep: 0,
        snapshot: opIdsOf(summary),
        set: fields,
      });
      if (outcome !== 'gone') return summary.queueKey;
      summary = undefined; // dismissed meanwhile: this report starts a new summary
    }
    return undefined;
  }

  return {
    async add(report) {
      const op = ulid(report.nowMs);
      const at = new Date(report.nowMs).toISOString();
      const stored = await table.putIf(
        {
          ...tableKeys.report(report.sub, report.commentId),
          reason: report.reason,
          reportedAt: at,
          op,
          slug: report.slug,
          parentId: report.parentId,
        },
        {
          // An SDK retry of our own put that landed passes (same op); another report does not.
          ConditionExpression: 'attribute_not_exists(id) OR #op = :op',
          ExpressionAttributeNames: { '#op': 'op' },
          ExpressionAttributeValues: { ':op': op },
        },
      );
      if (!stored) return false;
      const entryKey = queueEntryKey(at, report.commentId);
      // The new entry first: a crash after it leaves an entry no summary points at, which the
      // listing skips and deletes; never a summary pointing at nothing.
      await table.update(tableKeys.reportQueueEntry(entryKey), {
        UpdateExpression: 'SET commentId = :c, slug = :s, parentId = :p',
        ExpressionAttributeValues: {
          ':c': report.commentId,
          ':s': report.slug,
          ':p': report.parentId,
        },
      });
      const previous = await count(report, op, entryKey, at);
      if (typeof previous === 'string' && previous !== entryKey) {
        await table.deleteExisting(tableKeys.reportQueueEntry(previous));
      }
      return true;
    },

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
