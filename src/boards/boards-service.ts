import { isModerator, type AuthUser } from '../auth/auth-user';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors';
import { canRead, signInToRead } from './board-access';
import { isBoardSlug, parseNewBoard, type Board } from './board';
import type { BoardsRepository } from './boards-repository';

/** The boards' rules; knows nothing of HTTP. */
export interface BoardsService {
  /** Every board `reader` may read (signed out: public ones), newest activity first. */
  list(reader: AuthUser | undefined): Promise<Board[]>;
  /** One board `reader` may read; NotFoundError, or signed out a 401 for members-only and unknown. */
  get(slug: unknown, reader: AuthUser | undefined): Promise<Board>;
  /** Creates a board: moderators only (403), a taken slug is 409 `board_exists`, bad input 400. */
  create(user: AuthUser, input: unknown): Promise<Board>;
}

/** 404 for a board that does not exist. */
export function boardNotFound(): NotFoundError {
  return new NotFoundError('There is no board with that slug');
}

const activity = (board: Board) => board.lastCommentAt ?? board.createdAt;

/** Builds the service; `now` (epoch ms) is injectable for tests. */
export function createBoardsService(options: {
  repository: BoardsRepository;
  now?: () => number;
}): BoardsService {
  const { repository } = options;
  const nowIso = () => new Date((options.now ?? Date.now)()).toISOString();
  return {
    async list(reader) {
      const boards = (await repository.list(nowIso())).filter((board) => canRead(board, reader));
      return boards.sort(
        (a, b) => activity(b).localeCompare(activity(a)) || a.slug.localeCompare(b.slug),
      );
    },
    async get(slug, reader) {
      const board = isBoardSlug(slug) ? await repository.get(slug, nowIso()) : undefined;
      if (!board || !canRead(board, reader)) throw reader ? boardNotFound() : signInToRead();
      return board;
    },
    async create(user, input) {
      if (!isModerator(user)) throw new ForbiddenError('Only moderators can create boards');
      const board = parseNewBoard(input, nowIso());
      if (!(await repository.create(board))) {
        throw new ConflictError(`A board named "${board.slug}" already exists`, 'board_exists');
      }
      return board;
    },
  };
}
