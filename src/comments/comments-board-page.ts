import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { currentUser, type AuthUser } from '../auth/auth-user';
import { EXPIRED_FORM } from '../http/csrf';
import { AppError, ServiceUnavailableError } from '../http/errors';
import type { Comment, CommentPage } from './comment';
import { MAX_TEXT_LENGTH, MAX_TEXT_UTF16_LENGTH } from './comment-validation';
import type { CommentsService } from './comments-service';
import { relativeTime } from './relative-time';

/** What the board page shows besides the comments: the compose form's state and a notice. */
export interface BoardState {
  status?: number;
  /** The error next to the text box (validation, a reused form). */
  textError?: string;
  /** An error about the whole form (the board busy or down); shown above it. */
  formError?: string;
  notice?: string;
  text?: string;
  formKey?: string;
  /** Headers of the error that failed the post (Retry-After). */
  headers?: Record<string, string>;
}

/** "2026-11-25 18:30 UTC": the hover text without JavaScript (a script swaps in local time). */
export function utcTitle(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A comment as the pages show it: relative time, hover time and what the viewer may do. */
export function commentView(
  comments: CommentsService,
  user: AuthUser,
  comment: Comment,
  now: number,
) {
  return {
    ...comment,
    ago: relativeTime(comment.createdAt, now),
    utc: utcTitle(comment.createdAt),
    own: comment.userId === user.sub,
    canRemove: comments.canRemove(user, comment),
  };
}

/** The list behind a re-shown form: when the board is down, the form (and the text) still shows. */
async function listForFailedPost(comments: CommentsService): Promise<CommentPage | undefined> {
  try {
    return await comments.list();
  } catch (error) {
    if (error instanceof ServiceUnavailableError) return undefined;
    throw error;
  }
}

/** Renders the board: one page of comments (by `?cursor=`), the compose form and any notice. */
export async function renderBoard(
  comments: CommentsService,
  req: Request,
  res: Response,
  state: BoardState = {},
): Promise<void> {
  const user = currentUser(res);
  const failedPost = state.status !== undefined && state.status >= 400;
  const cursor = failedPost ? undefined : req.query.cursor;
  const page = failedPost ? await listForFailedPost(comments) : await comments.list({ cursor });
  const now = Date.now();
  res.set(state.headers ?? {});
  res.status(state.status ?? 200).render('comments/index', {
    title: 'Comments',
    comments: (page?.items ?? []).map((comment) => commentView(comments, user, comment, now)),
    listUnavailable: !page,
    cursor: typeof cursor === 'string' ? cursor : '',
    nextCursor: page?.nextCursor ?? null,
    prevCursor: page?.prevCursor ?? null,
    textError: state.textError,
    formError: state.formError,
    notice: state.notice,
    // Focus goes to the text box after any failure (autofocus: no script needed).
    hasError: Boolean(state.textError || state.formError),
    text: state.text ?? '',
    formKey: state.formKey ?? randomUUID(),
    maxLength: MAX_TEXT_LENGTH,
    maxUnits: MAX_TEXT_UTF16_LENGTH,
    scripts: ['js/char-count.js', 'js/local-time.js', 'js/confirm-delete.js'],
  });
}

/** The board's answer to a post that failed in a way the writer can retry; undefined otherwise. */
export function failedPostState(error: unknown): BoardState | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (error.status === 400) {
    return { status: 400, textError: error.pageMessage ?? 'Your comment could not be posted.' };
  }
  if (error.code === EXPIRED_FORM) {
    return {
      status: 403,
      formError:
        'This form had expired, so your comment was not posted. Your text is still here: post it again.',
    };
  }
  if (error.code === 'idempotency_key_reused') {
    return {
      status: 422,
      textError:
        'This form was already used to post a different comment. Check your text and post it again.',
    };
  }
  if (error.code === 'rate_limited') {
    return {
      status: 429,
      headers: error.headers,
      formError: `${error.pageMessage ?? 'You are posting faster than this site allows.'} Your text is still here.`,
    };
  }
  if (error.status === 429 || error.status === 503) {
    return {
      status: error.status,
      headers: error.headers,
      formError:
        'Your comment was not posted because the board is busy or unavailable right now. Your text is still here: please try again in a moment.',
    };
  }
  return undefined;
}
