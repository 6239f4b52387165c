import type { AuthUser } from '../auth/auth-user';
import { isBoardSlug, type Board } from '../boards/board';
import { canRead, signInToRead } from '../boards/board-access';
import { countNewer, NEWEST_KEPT } from '../boards/board-newest';
import type { BoardsRepository } from '../boards/boards-repository';
import { boardNotFound } from '../boards/boards-service';
import { isCommentId, type Comment } from '../comments/comment';
import { ValidationError } from '../http/errors';
import type { LiveRepository } from './live-repository';

/** Entries of a board's feed: the newest comments and replies, at most this many. */
export const FEED_ENTRIES = 50;

/** A board's feed: the board and its newest visible comments and replies, newest first. */
export interface BoardFeed {
  board: Board;
  comments: Comment[];
}

/** "New since" counts and feeds from the board item's newest ids; knows nothing of HTTP. */
export interface LiveService {
  /**
   * How many comments and replies of `slug` are newer than comment id `after` (all listed ones
   * without it), only those of one thread with `thread`: at most NEWEST_KEPT. A members-only
   * board needs a `viewer` (401); one strongly consistent GetItem of the board.
   */
  newCount(
    slug: string,
    query: { after?: unknown; thread?: unknown },
    viewer?: AuthUser,
  ): Promise<{ count: number }>;
  /** The feed of a public board; members-only and unknown boards are 404. Two calls. */
  feed(slug: string): Promise<BoardFeed>;
}

/** An optional comment id from a query string, or a 400 naming the parameter. */
function commentIdParam(name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (!isCommentId(value)) throw new ValidationError(`${name} must be a comment id`);
  return value;
}

/** Builds the service; `render` turns Markdown into html (the same renderer the pages use). */
export function createLiveService(deps: {
  boards: BoardsRepository;
  repository: LiveRepository;
  render: (text: string) => string;
  now?: () => number;
}): LiveService {
  const nowIso = () => new Date((deps.now ?? Date.now)()).toISOString();
  const read = async (slug: string) =>
    isBoardSlug(slug) ? await deps.boards.getWithNewest(slug, nowIso()) : undefined;
  return {
    async newCount(slug, query, viewer) {
      const after = commentIdParam('after', query.after);
      const thread = commentIdParam('thread', query.thread);
      const found = await read(slug);
      // Signed out, an unknown board looks like a members-only one (see board-access.ts).
      if (!found || !canRead(found.board, viewer)) throw viewer ? boardNotFound() : signInToRead();
      return { count: Math.min(NEWEST_KEPT, countNewer(found.newest, after, thread)) };
    },
    async feed(slug) {
      const found = await read(slug);
      if (!found || !canRead(found.board, undefined)) throw boardNotFound();
      const { board, newest } = found;
      const records = await deps.repository.visibleOf(slug, newest.slice(0, FEED_ENTRIES));
      const comments = records.map((c) => ({ ...c, html: deps.render(c.text) }));
      return { board, comments };
    },
  };
}
