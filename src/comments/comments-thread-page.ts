import type { Request, Response } from 'express';
import { readerOf } from '../auth/auth-user';
import { cachePublicly } from '../http/public-cache';
import { isCommentId } from './comment';
import { DEFAULT_LIMIT } from './comment-validation';
import { boardPath, commentView, type ComposeState } from './comment-page-view';
import { COMPOSE_SCRIPTS, composeView } from './comments-board-page';
import type { Thread } from './comment-threads';
import type { CommentsService } from './comments-service';
import { LIVE_NOTICE_SCRIPT, liveNoticeView } from './live-notice';

/** The thread `:id` belongs to on board `:slug`, one page of replies from `cursor`. */
export function readThread(
  comments: CommentsService,
  req: Request,
  res: Response,
  cursor?: unknown,
) {
  const slug = String(req.params.slug);
  const access = { reader: readerOf(res) };
  return comments.thread(slug, String(req.params.id), { limit: DEFAULT_LIMIT, cursor, access });
}

/**
 * Renders a thread: its top-level comment, a page of replies oldest first and the reply form.
 * `?replyTo=<reply id>` points the form at that reply (a reply to a reply, no script needed).
 */
export async function renderThread(
  comments: CommentsService,
  req: Request,
  res: Response,
  state: ComposeState = {},
  read?: Thread,
): Promise<void> {
  const user = readerOf(res);
  const base = String(res.locals.base ?? '');
  const shownAgain = state.status !== undefined || state.previewHtml !== undefined;
  const cursor = shownAgain ? undefined : req.query.cursor;
  const thread = read ?? (await readThread(comments, req, res, cursor));
  const now = Date.now();
  const view = (c: Parameters<typeof commentView>[2]) => commentView(comments, user, c, now, base);
  const top = view(thread.comment);
  const replies = thread.replies.items.map(view);
  const asked =
    req.method === 'GET' ? req.query.replyTo : (req.body as { parentId?: unknown }).parentId;
  const target = replies.find((reply) => isCommentId(asked) && reply.id === asked);
  res.set(state.headers ?? {});
  if (!user) cachePublicly(res);
  res.status(state.status ?? 200).render('comments/thread', {
    title: top.deleted ? 'A deleted comment' : `Comment by ${top.username}`,
    board: thread.board,
    boardLink: boardPath(base, thread.board.slug),
    top,
    replies,
    replyTo: target ?? null,
    threadPath: top.link,
    cursor: typeof cursor === 'string' ? cursor : '',
    nextLink: thread.replies.nextCursor
      ? `${top.link}?cursor=${encodeURIComponent(thread.replies.nextCursor)}`
      : null,
    ...composeView(state),
    live: liveNoticeView(base, thread.board.slug, thread.newestId, {
      thread: thread.comment.id,
      show: top.link,
    }),
    // Signed out, "Sign in to comment" (back to this page) stands where the form would be.
    signInLink: user ? '' : `${base}/login?next=${encodeURIComponent(req.originalUrl)}`,
    scripts: [...COMPOSE_SCRIPTS, LIVE_NOTICE_SCRIPT],
  });
}
