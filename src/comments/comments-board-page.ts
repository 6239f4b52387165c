import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { readerOf } from '../auth/auth-user';
import { cachePublicly } from '../http/public-cache';
import { MAIN_BOARD, type Board } from '../boards/board';
import { ServiceUnavailableError } from '../http/errors';
import type { CommentSort } from './comment';
import { MAX_TEXT_LENGTH, MAX_TEXT_UTF16_LENGTH, DEFAULT_LIMIT } from './comment-validation';
import { boardPath, commentView, type ComposeState } from './comment-page-view';
import type { CommentsService } from './comments-service';
import { LIVE_NOTICE_SCRIPT, liveNoticeView } from './live-notice';
import type { PageAccess } from './comment-threads';

/** The scripts every page with a compose form loads (each only enhances what works without). */
export const COMPOSE_SCRIPTS = ['js/char-count.js', 'js/local-time.js', 'js/confirm-delete.js'];

/** The compose form's fields for a view: the text, its errors, the preview and the form key. */
export function composeView(state: ComposeState) {
  return {
    textError: state.textError,
    formError: state.formError,
    notice: state.notice,
    // Focus goes to the text box after any failure (autofocus: no script needed).
    hasError: Boolean(state.textError || state.formError),
    text: state.text ?? '',
    formKey: state.formKey ?? randomUUID(),
    previewHtml: state.previewHtml,
    maxLength: MAX_TEXT_LENGTH,
    maxUnits: MAX_TEXT_UTF16_LENGTH,
  };
}

/** `?sort=oldest`, else the default newest first (a page never fails on a bad sort value). */
export const pageSort = (value: unknown): CommentSort => (value === 'oldest' ? 'oldest' : 'newest');

/** The page behind a re-shown form: when the board is down, the form (and the text) still shows. */
async function pageForFailedPost(
  comments: CommentsService,
  slug: string,
  sort: CommentSort,
  access: PageAccess,
) {
  try {
    return await comments.boardPage(slug, { sort, limit: DEFAULT_LIMIT, access });
  } catch (error) {
    if (error instanceof ServiceUnavailableError) return undefined;
    throw error;
  }
}

/** Renders a board: one page of top-level comments with their newest replies, and the form. */
export async function renderBoard(
  comments: CommentsService,
  req: Request,
  res: Response,
  slug: string,
  state: ComposeState = {},
): Promise<void> {
  const user = readerOf(res);
  const access = { reader: user };
  const base = String(res.locals.base ?? '');
  const sort = pageSort(req.query.sort);
  const shownAgain = state.status !== undefined || state.previewHtml !== undefined;
  const cursor = shownAgain ? undefined : req.query.cursor;
  const found = shownAgain
    ? await pageForFailedPost(comments, slug, sort, access)
    : await comments.boardPage(slug, { sort, limit: DEFAULT_LIMIT, cursor, access });
  const board: Pick<Board, 'slug' | 'title' | 'description'> = found?.board ?? {
    slug,
    title: slug === MAIN_BOARD ? 'Main board' : slug,
    description: '',
  };
  const page = found?.page;
  const now = Date.now();
  const view = (c: Parameters<typeof commentView>[2]) => commentView(comments, user, c, now, base);
  const path = boardPath(base, slug);
  const withSort = (query: Record<string, string>) => {
    const params = new URLSearchParams({ ...(sort === 'oldest' ? { sort } : {}), ...query });
    const text = params.toString();
    return text ? `${path}?${text}` : path;
  };
  res.set(state.headers ?? {});
  if (!user) cachePublicly(res);
  res.status(state.status ?? 200).render('comments/index', {
    title: board.title,
    board,
    path,
    sort,
    backQuery: withSort(typeof cursor === 'string' ? { cursor } : {}).slice(path.length),
    sortLinks: {
      newest: path,
      oldest: `${path}?sort=oldest`,
    },
    comments: (page?.items ?? []).map((c) => ({
      ...view(c),
      recentReplies: c.recentReplies.map(view),
    })),
    listUnavailable: !page,
    cursor: typeof cursor === 'string' ? cursor : '',
    firstLink: withSort({}),
    nextLink: page?.nextCursor ? withSort({ cursor: page.nextCursor }) : null,
    prevLink: page?.prevCursor ? withSort({ cursor: page.prevCursor }) : null,
    ...composeView(state),
    live: found ? liveNoticeView(base, slug, found.newestId, { show: withSort({}) }) : null,
    // Signed out, "Sign in to comment" (back to this page) stands where the form would be.
    signInLink: user ? '' : `${base}/login?next=${encodeURIComponent(req.originalUrl)}`,
    scripts: [...COMPOSE_SCRIPTS, LIVE_NOTICE_SCRIPT],
  });
}
