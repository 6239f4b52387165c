import { isModerator, type AuthUser } from '../auth/auth-user';
import type { WriteCheck } from '../auth/write-check';
import { MAIN_BOARD, isBoardSlug } from '../boards/board';
import type { BoardsRepository } from '../boards/boards-repository';
import { boardNotFound } from '../boards/boards-service';
import { canRead, signInToRead } from '../boards/board-access';
import { NotFoundError } from '../http/errors';
import type { MetricsCounter } from '../http/business-metrics';
import {
  isCommentId,
  type Comment,
  type CommentPage,
  type CommentRecord,
  type CommentSort,
} from './comment';
import { createEditing } from './comment-editing';
import { createLiking, type LikeState } from './comment-liking';
import { createPosting, type CreateResult, type RateLimit } from './comment-posting';
import { plainTextHtml } from './comment-html';
import { createThreadReads, threadCursorScope } from './comment-threads';
import { DEFAULT_LIMIT, parseCommentText } from './comment-validation';
import { decodeCursor, pageCursors } from './comments-cursor';
import type { CommentsRepository } from './comments-repository';
import type { IdempotencyStore } from './idempotency-store';

export { IDEMPOTENCY_WINDOW_SECONDS, type CreateResult, type RateLimit } from './comment-posting';
export { isModerator } from '../auth/auth-user';

/** Default edit window: 15 minutes (EDIT_WINDOW_SECONDS in config). */
export const DEFAULT_EDIT_WINDOW_SECONDS = 900;

/** The comment board's rules; knows nothing of HTTP. */
export interface CommentsService {
  /** One page of a board's top-level comments (`main` by default); unknown board → 404. */
  list(options?: {
    board?: string;
    /** Who reads (for `likedByMe`). */
    viewer?: AuthUser;
    sort?: CommentSort;
    limit?: number;
    cursor?: unknown;
  }): Promise<CommentPage>;
  /**
   * Validates and stores a comment (or with `parentId` a reply) by `user`; a repeated idempotency
   * key with the same request returns the first comment, with another it is a 422. `writeCheck`
   * is the auth guard's user-record check, joined to the first read.
   */
  create(
    user: AuthUser,
    input: { text: unknown; parentId?: unknown },
    idempotencyKey?: string,
    options?: { board?: string; writeCheck?: WriteCheck },
  ): Promise<CreateResult>;
  /**
   * A visible comment (or placeholder), or a hidden one for moderators; otherwise NotFoundError.
   * Signed out (`user` undefined) only on a public board, else a 401 (see board-access.ts).
   */
  get(user: AuthUser | undefined, id: string): Promise<CommentRecord>;
  /** The replies of a top-level comment, oldest first (a reply has none of its own). */
  replies(
    id: string,
    options?: { limit?: number; cursor?: unknown; viewer?: AuthUser },
  ): Promise<{ items: Comment[]; nextCursor: string | null }>;
  /** Edits the text: its author only (403 forbidden), within the edit window (403 edit_window_closed). */
  edit(
    user: AuthUser,
    id: string,
    input: { text: unknown },
    writeCheck?: WriteCheck,
  ): Promise<Comment>;
  /** Likes (`liked`) or unlikes a comment, idempotently; own comment → 403 own_comment. */
  setLike(user: AuthUser, id: string, liked: boolean, writeCheck?: WriteCheck): Promise<LikeState>;
  /** Hides a comment: its author deletes it, a moderator hides it; others get ForbiddenError. */
  remove(user: AuthUser, id: string): Promise<void>;
  /** Whether `user` may remove `comment` (to show the button). */
  canRemove(user: AuthUser, comment: Comment): boolean;
  /** Whether `user` may edit `comment` now: its author, inside the edit window (to show the link). */
  canEdit(user: AuthUser, comment: Comment): boolean;
  /** The text as it would be posted, rendered (validated like a post; nothing is stored). */
  preview(input: { text: unknown }): { text: string; html: string };
  /** A board page: the board, its top-level comments and their newest replies (three calls). */
  boardPage: ThreadReads['boardPage'];
  /** A thread page: the comment (`id` may be a reply) and a page of replies (at most three calls). */
  thread: ThreadReads['thread'];
}

type ThreadReads = ReturnType<typeof createThreadReads>;

/** Builds the service; `now` (epoch ms) is injectable for tests, `render` turns text into html. */
export function createCommentsService(options: {
  repository: CommentsRepository;
  boards: BoardsRepository;
  idempotency: IdempotencyStore;
  now?: () => number;
  editWindowSeconds?: number;
  rateLimit?: RateLimit;
  render?: (text: string) => string;
  /** Counts each new post and reply (never a replay). */
  metrics?: MetricsCounter;
}): CommentsService {
  const { repository: repo, boards } = options;
  const now = options.now ?? Date.now;
  const render = options.render ?? plainTextHtml;
  const present = <T extends Comment>(c: T): T => ({ ...c, html: c.deleted ? '' : render(c.text) });
  const notFound = () => new NotFoundError('There is no comment with that id');
  const nowIso = () => new Date(now()).toISOString();
  /** Signed out, one GetItem of the board shows it is public; signed in, nothing to check. */
  const assertReadable = async (reader: AuthUser | undefined, slug: string | undefined) => {
    if (reader) return;
    const board = slug ? await boards.get(slug, nowIso()) : undefined;
    if (!board || !canRead(board, reader)) throw signInToRead();
  };
  const canRemove = (user: AuthUser, comment: Comment) =>
    comment.userId === user.sub || isModerator(user);
  const editWindowMs = (options.editWindowSeconds ?? DEFAULT_EDIT_WINDOW_SECONDS) * 1000;
  const post = createPosting({ ...options, now });
  const liking = createLiking({ repository: repo, now });
  const editing = createEditing({
    repository: repo,
    boards,
    now,
    rateLimit: options.rateLimit,
    editWindowSeconds: editWindowMs / 1000,
    canRemove,
  });

  return {
    async list({
      board = MAIN_BOARD,
      viewer,
      sort = 'newest',
      limit = DEFAULT_LIMIT,
      cursor,
    } = {}) {
      if (!isBoardSlug(board)) throw viewer ? boardNotFound() : signInToRead();
      // Signed out, the board is read first (is it public?); signed in, `main` needs no read at all
      // (it always exists, made on first use) and a bad cursor is refused before any read.
      if (!viewer) await assertReadable(viewer, board);
      const from = decodeCursor(board, cursor, sort);
      if (viewer && board !== MAIN_BOARD && !(await boards.get(board, nowIso()))) {
        throw boardNotFound();
      }
      const { items, hasMore } = await repo.listTop(board, sort, limit, from);
      const shown = await liking.markLiked(viewer, items.map(present));
      return { items: shown, ...pageCursors(board, from, items, hasMore, sort) };
    },

    async create(user, input, idempotencyKey, createOptions) {
      const result = await post(user, input, idempotencyKey, createOptions);
      return { ...result, comment: present(result.comment) };
    },

    async get(user, id) {
      const found = isCommentId(id) ? await editing.find(id) : undefined;
      await assertReadable(user, found?.location.board);
      const record = found?.visible ?? (user && isModerator(user) ? found?.hidden : undefined);
      if (!record) throw notFound();
      return (await liking.markLiked(user, [present(record)]))[0]!;
    },

    async replies(id, { limit = DEFAULT_LIMIT, cursor, viewer } = {}) {
      if (!isCommentId(id)) {
        await assertReadable(viewer, undefined);
        throw notFound();
      }
      const thread = threadCursorScope(id);
      // Signed in, a bad cursor is refused before any read; signed out, only once the board is
      // known to be public (else its 401 would depend on the cursor).
      const early = viewer ? decodeCursor(thread, cursor, 'oldest') : undefined;
      const { location } = await repo.lookup(id, {});
      await assertReadable(viewer, location?.board);
      if (!location) throw notFound();
      const from = early ?? decodeCursor(thread, cursor, 'oldest');
      if (location.parentId) return { items: [], nextCursor: null };
      const { items, hasMore } = await repo.listReplies(id, limit, from);
      const { nextCursor } = pageCursors(thread, from, items, hasMore, 'oldest');
      return { items: await liking.markLiked(viewer, items.map(present)), nextCursor };
    },

    async edit(user, id, input, writeCheck) {
      if (!isCommentId(id)) throw notFound();
      return present(await editing.edit(user, id, input, writeCheck));
    },

    setLike: (user, id, liked, writeCheck) => liking.setLike(user, id, liked, writeCheck),

    async remove(user, id) {
      if (!isCommentId(id)) throw notFound();
      await editing.remove(user, id);
    },

    canRemove,

    canEdit(user, comment) {
      if (comment.deleted || comment.userId !== user.sub) return false;
      return now() - Date.parse(comment.createdAt) < editWindowMs;
    },

    preview(input) {
      const text = parseCommentText(input.text);
      return { text, html: render(text) };
    },

    ...createThreadReads({ repository: repo, boards, now, present, markLiked: liking.markLiked }),
  };
}
