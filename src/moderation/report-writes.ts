import { ulid } from 'ulid';
import { countOnceReturning } from '../storage/counted-once';
import type { Item, TableAccess } from '../storage/dynamo-table';
import { tableKeys } from '../storage/table-keys';
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

const opIdsOf = (summary: Item | undefined) =>
  summary ? Object.keys((summary.reportOps as Item | undefined) ?? {}) : undefined;

/**
 * Counts report `op` on the comment's summary once (counted-once map `reportOps`), moving it to
 * `entryKey`; a summary that does not exist yet is created. The kept reasons are rewritten from
 * the summary as read: two reports in the same instant may keep one reason; the count is exact.
 */
async function count(
  table: TableAccess,
  report: NewReport,
  op: string,
  entryKey: string,
  at: string,
) {
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

/**
 * Stores `report` and counts it once on the comment's summary, moving the comment to the top of
 * the queue; false when this user had already reported it (nothing written then).
 */
export async function addReport(table: TableAccess, report: NewReport): Promise<boolean> {
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
  const previous = await count(table, report, op, entryKey, at);
  if (typeof previous === 'string' && previous !== entryKey) {
    await table.deleteExisting(tableKeys.reportQueueEntry(previous));
  }
  return true;
}
