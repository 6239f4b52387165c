import { isModerator, type AuthUser } from '../auth/auth-user';
import type { WriteCheck } from '../auth/write-check';
import { isCommentId, toPublicComment } from '../comments/comment';
import { toCommentRecord } from '../comments/comment-items';
import type { CommentsRepository } from '../comments/comments-repository';
import { ForbiddenError, NotFoundError } from '../http/errors';
import { tableKeys } from '../storage/table-keys';
import {
  decodeReportsCursor,
  encodeReportsCursor,
  parseReportReason,
  REPORTS_PAGE_SIZE,
  type ReportedComment,
  type ReportsPage,
} from './report';
import type { ReportsRepository } from './reports-repository';

/** Reporting comments (any signed-in user) and the moderation queue (moderators only). */
export interface ReportsService {
  /**
   * Reports comment `id` with the body's `reason`; one report per user per comment (a repeat
   * changes nothing). Unknown, hidden or deleted → 404; your own → 403 own_comment; bad reason → 400.
   */
  report(user: AuthUser, id: string, body: unknown, check?: WriteCheck): Promise<CommentPlace>;
  /** A page of reported comments, most recently reported first; entries whose comment went are skipped. */
  queue(moderator: AuthUser, cursor?: unknown): Promise<ReportsPage>;
  /** Takes a comment off the queue: 404 when it is not on it. */
  dismiss(moderator: AuthUser, commentId: string): Promise<void>;
}

/** Where a reported comment lives (for the way back to it). */
export interface CommentPlace {
  board: string;
  parentId: string | null;
}

/**
 * A queue entry without its summary's pointer is left alone this long: far beyond one report's
 * writes (the SDK gives up within seconds), so the listing never deletes the entry of a report in
 * flight, whose summary would then point at nothing.
 */
export const LEFTOVER_AFTER_MS = 5 * 60_000;

const notFound = () => new NotFoundError('There is no comment with that id');

function requireModerator(user: AuthUser): void {
  if (!isModerator(user)) {
    throw new ForbiddenError('Only moderators can see and manage reports', 'forbidden', {
      pageMessage: 'Only moderators can see this page.',
    });
  }
}

/** Builds the reports service; `render` turns a comment's text into its html. */
export function createReportsService(deps: {
  comments: CommentsRepository;
  reports: ReportsRepository;
  render: (text: string) => string;
  now?: () => number;
}): ReportsService {
  const { comments, reports, render } = deps;
  const now = deps.now ?? Date.now;
  return {
    async report(user, id, body, check) {
      if (!isCommentId(id)) throw notFound();
      const reason = parseReportReason(body);
      // One BatchGetItem: the write check's user record, this user's report, the summary, the comment.
      const extra = [
        ...(check ? [check.key] : []),
        tableKeys.report(user.sub, id),
        tableKeys.reportSummary(id),
      ];
      const found = await comments.lookup(id, { extra });
      check?.assert(found.extras[0]);
      const [mine, summary] = found.extras.slice(check ? 1 : 0);
      if (!found.location) throw notFound();
      const { visible } = found.complete ? found : await comments.readAt(found.location);
      if (!visible || visible.deleted) throw notFound();
      if (visible.userId === user.sub) {
        throw new ForbiddenError('You cannot report your own comment', 'own_comment', {
          pageMessage: 'You cannot report your own comment. You can edit or delete it instead.',
        });
      }
      const place = { board: found.location.board, parentId: found.location.parentId };
      if (mine) return place; // reported before: counted once
      await reports.add({
        sub: user.sub,
        commentId: id,
        slug: found.location.board,
        parentId: found.location.parentId,
        reason,
        nowMs: now(),
        summary,
      });
      return place;
    },

    async queue(moderator, cursor) {
      requireModerator(moderator);
      const after = decodeReportsCursor(cursor);
      const { rows, lastKey } = await reports.page(REPORTS_PAGE_SIZE, after);
      const items: ReportedComment[] = [];
      const cleanups: Promise<void>[] = [];
      for (const { entry, summary, comment } of rows) {
        const key = String(entry.id);
        // Not the entry its summary points at: a report still being written (its entry comes
        // before its summary) or a leftover of a race or crash, deleted once surely not in flight.
        if (!summary || summary.queueKey !== key) {
          if (now() - Date.parse(key.slice(0, 24)) > LEFTOVER_AFTER_MS)
            cleanups.push(reports.drop(key));
          continue;
        }
        const record = comment && toCommentRecord(comment);
        // Hidden or deleted since: it leaves the queue here, when the queue is next read.
        if (!record || record.deleted) {
          cleanups.push(reports.drop(key, true));
          continue;
        }
        items.push({
          comment: toPublicComment({ ...record, html: render(record.text) }),
          reports: Number(summary.reports ?? 0),
          reasons: Array.isArray(summary.reasons) ? summary.reasons.map(String) : [],
          lastReportedAt: String(summary.lastReportedAt),
        });
      }
      await Promise.all(cleanups);
      return { items, nextCursor: lastKey ? encodeReportsCursor(lastKey) : null };
    },

    async dismiss(moderator, commentId) {
      requireModerator(moderator);
      if (!isCommentId(commentId) || !(await reports.dismiss(commentId))) {
        throw new NotFoundError('That comment is not in the moderation queue');
      }
    },
  };
}
