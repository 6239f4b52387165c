import type { AuthUser } from '../auth/auth-user';
import { isBoardSlug, type Board } from '../boards/board';
import { canRead, signInToRead } from '../boards/board-access';
import { newestEntries, newestId } from '../boards/board-newest';
import type { BoardsRepository } from '../boards/boards-repository';
import { boardNotFound } from '../boards/boards-service';
import { NotFoundError } from '../http/errors';
import { tableKeys } from '../storage/table-keys';
import {
  isCommentId,
  type Comment,
  type CommentPage,
  type CommentRecord,
  type CommentSort,
  type CommentWithReplies,
} from './comment';
import { locationOf } from './comment-items';
import { decodeCursor, pageCursors } from './comments-cursor';
import type { CommentsRepository } from './comments-repository';

/** A thread: its top-level comment (or placeholder) and one page of its replies, oldest first. */
export interface Thread {
  board: Board;
  comment: Comment;
  replies: { items: Comment[]; nextCursor: string | null };
  /** The board's newest comment id when read (the live notice counts from it). */
  newestId: string | null;
}

/**
 * Who reads a page, when the caller wants access checked and "liked by me" marked (the pages do):
 * `reader` undefined is a signed-out visitor, who may read public boards only.
 */
export interface PageAccess {
  reader: AuthUser | undefined;
}

/** Cursors of a thread's replies are bound to the thread. */
export const threadCursorScope = (topId: string): string => `${topId}/replies`;

/** What the board and thread pages read, each in at most three calls. */
export function createThreadReads(deps: {
  repository: CommentsRepository;
  boards: BoardsRepository;
  now: () => number;
  present: <T extends Comment>(comment: T) => T;
  /** Sets `likedByMe` for `viewer`: one BatchGetItem, none when nothing shown has likes. */
  markLiked: <T extends Comment>(viewer: AuthUser | undefined, comments: T[]) => Promise<T[]>;
}) {
  const { repository: repo, boards, present, markLiked } = deps;
  /** Signed out, a board that is not public, or none at all, looks the same: a 401. */
  const check = (board: Board | undefined, access?: PageAccess) => {
    if (access && !access.reader && (!board || !canRead(board, access.reader))) {
      throw signInToRead();
    }
  };
  /** `present` with "liked by me" for the reader: every comment shown marked in one BatchGetItem. */
  const presenter = async (access: PageAccess | undefined, shown: Comment[]) => {
    const liked = access ? await markLiked(access.reader, shown) : shown;
    const byId = new Map(liked.map((c) => [c.id, c.likedByMe]));
    return <T extends Comment>(c: T): T => ({
      ...present(c),
      likedByMe: byId.get(c.id) ?? c.likedByMe,
    });
  };
  const nowIso = () => new Date(deps.now()).toISOString();
  const notFound = () => new NotFoundError('There is no comment with that id');
  return {
    /** The board, a page of its top-level comments and their newest replies: three calls. */
    async boardPage(
      slug: string,
      options: { sort: CommentSort; limit: number; cursor?: unknown; access?: PageAccess },
    ): Promise<{
      board: Board;
      page: CommentPage<CommentWithReplies>;
      /** The board's newest comment or reply id when read (the live notice counts from it). */
      newestId: string | null;
    }> {
      if (!isBoardSlug(slug)) {
        check(undefined, options.access);
        throw boardNotFound();
      }
      let from: ReturnType<typeof decodeCursor>;
      try {
        from = decodeCursor(slug, options.cursor, options.sort);
      } catch (error) {
        // Signed out, a bad cursor on a board they may not read is the same 401 as a good one.
        if (options.access && !options.access.reader)
          check(await boards.get(slug, nowIso()), options.access);
        throw error;
      }
      const [found, page] = await Promise.all([
        boards.getWithNewest(slug, nowIso()),
        repo.listTopWithReplies(slug, options.sort, options.limit, from),
      ]);
      check(found?.board, options.access);
      if (!found) throw boardNotFound();
      const { board } = found;
      const shown = await presenter(
        options.access,
        page.items.flatMap((c) => [c, ...c.recentReplies]),
      );
      const items = page.items.map((c) => ({
        ...shown(c),
        recentReplies: c.recentReplies.map(shown),
      }));
      const cursors = pageCursors(slug, from, items, page.hasMore, options.sort);
      return { board, page: { items, ...cursors }, newestId: newestId(found.newest) };
    },

    /**
     * The thread `id` belongs to on board `slug` (a reply opens its top-level's thread): the board,
     * the pointer and the likely top-level item in one BatchGetItem, the top-level item when `id`
     * is a reply, then one Query of the replies. At most three calls.
     */
    async thread(
      slug: string,
      id: string,
      options: { limit: number; cursor?: unknown; access?: PageAccess },
    ): Promise<Thread> {
      if (!isBoardSlug(slug) || !isCommentId(id)) {
        check(undefined, options.access);
        throw notFound();
      }
      const found = await repo.lookup(id, { board: slug, extra: [tableKeys.board(slug)] });
      const board = await boards.fromItem(slug, found.extras[0], nowIso());
      check(board, options.access);
      if (!board) throw boardNotFound();
      const location = found.location;
      if (!location || location.board !== slug) throw notFound();
      const topId = location.parentId ?? id;
      let top: CommentRecord | undefined = found.visible;
      if (location.parentId) top = (await repo.readAt(locationOf(slug, topId, null))).visible;
      if (!top) throw notFound();
      const from = decodeCursor(threadCursorScope(topId), options.cursor, 'oldest');
      const { items, hasMore } = await repo.listReplies(topId, options.limit, from);
      const { nextCursor } = pageCursors(threadCursorScope(topId), from, items, hasMore, 'oldest');
      const shown = await presenter(options.access, [top, ...items]);
      return {
        board,
        comment: shown(top),
        replies: { items: items.map(shown), nextCursor },
        newestId: newestId(newestEntries(found.extras[0])),
      };
    },
  };
}
