import * as z from 'zod';
import { parseFields } from '../http/api-input';
import { ValidationError } from '../http/errors';
import type { Comment } from '../comments/comment';

/** Longest report reason (characters). */
export const MAX_REPORT_REASON = 500;
/** How many of a comment's newest reasons the queue keeps (the count has no such bound). */
export const MAX_KEPT_REASONS = 5;
/** Queue entries per page of the moderation queue. */
export const REPORTS_PAGE_SIZE = 20;

/** One reported comment as moderators see it, most recently reported first. */
export interface ReportedComment {
  comment: Comment;
  /** How many users reported it since it was last dismissed. */
  reports: number;
  /** The newest reasons first, at most MAX_KEPT_REASONS. */
  reasons: string[];
  lastReportedAt: string;
}

/** A page of the moderation queue. */
export interface ReportsPage {
  items: ReportedComment[];
  nextCursor: string | null;
}

const REASON_RULE = `reason must be 1-${MAX_REPORT_REASON} characters`;

/** A report's body: the reason, 1–500 characters after trimming. */
export const ReportBody = z.object({
  reason: z
    .string({ error: REASON_RULE })
    .trim()
    .refine((reason) => reason.length > 0 && [...reason].length <= MAX_REPORT_REASON, REASON_RULE)
    .meta({
      override: { minLength: 1, maxLength: MAX_REPORT_REASON },
      example: 'Spam: the same link posted on every board',
    }),
});

/** The reason of a report, else 400 validation_error (with the page's words for the form). */
export function parseReportReason(body: unknown): string {
  try {
    return parseFields(ReportBody, body).reason;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const typed = (body as { reason?: unknown } | undefined)?.reason;
    const empty = typeof typed !== 'string' || !typed.trim();
    throw new ValidationError(error.message, error.code, {
      pageMessage: empty
        ? 'Please say what is wrong with this comment.'
        : `Please shorten your reason to ${MAX_REPORT_REASON} characters or fewer.`,
    });
  }
}

/** A queue entry's sort key: when it was last reported, then which comment (time order = string order). */
const ENTRY_KEY = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z#[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/** The queue entry key of a comment reported at `at` (ISO 8601 UTC). */
export function queueEntryKey(at: string, commentId: string): string {
  return `${at}#${commentId}`;
}

function invalidCursor(): ValidationError {
  return new ValidationError(
    'cursor is not valid; use the nextCursor of a previous page',
    'invalid_cursor',
    {
      pageMessage: 'That page of the queue no longer exists. Start again from the newest reports.',
    },
  );
}

/** An opaque, URL-safe cursor at a queue entry (the same shape as the comment listings' cursors). */
export function encodeReportsCursor(entryKey: string): string {
  return Buffer.from(JSON.stringify({ v: 1, b: 'reports', id: entryKey })).toString('base64url');
}

/** The entry key in a cursor made by encodeReportsCursor; anything else → 400 invalid_cursor. */
export function decodeReportsCursor(cursor: unknown): string | undefined {
  if (cursor === undefined) return undefined;
  if (typeof cursor !== 'string' || !/^[A-Za-z0-9_-]{1,200}$/.test(cursor)) throw invalidCursor();
  let value: { v?: unknown; b?: unknown; id?: unknown } | null;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as typeof value;
  } catch {
    throw invalidCursor();
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    Object.keys(value).length !== 3 ||
    value.v !== 1 ||
    value.b !== 'reports' ||
    typeof value.id !== 'string' ||
    !ENTRY_KEY.test(value.id)
  ) {
    throw invalidCursor();
  }
  return value.id;
}
