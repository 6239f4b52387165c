import { isModerator, type AuthUser } from '../auth/auth-user';
import { ConflictError, ForbiddenError, NotFoundError } from '../http/errors';
import { isBoardSlug, parseNewBoard, type Board } from './board';
import type { BoardsRepository } from './boards-repository';

/** The boards' rules; knows nothing of HTTP. */
export interface BoardsService {
  /** Every board, newest activity (last comment, else creation) first. */
  list(): Promise<Board[]>;
  /** One board, or NotFoundError. */
  get(slug: unknown): Promise<Board>;
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
    async list() {
      const boards = await repository.list(nowIso());
      return boards.sort(
        (a, b) => activity(b).localeCompare(activity(a)) || a.slug.localeCompare(b.slug),
      );
    },
    async get(slug) {
      const board = isBoardSlug(slug) ? await repository.get(slug, nowIso()) : undefined;
      if (!board) throw boardNotFound();
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
