import type { AuthUser } from '../auth/auth-user';
import { UnauthorizedError } from '../http/errors';
import type { Board } from './board';

/** Whether `reader` (undefined: signed out) may read `board`: members read every board. */
export function canRead(board: Pick<Board, 'visibility'>, reader: AuthUser | undefined): boolean {
  return reader !== undefined || board.visibility === 'public';
}

/**
 * The 401 a signed-out reader gets for a members-only board, and equally for a board or comment that
 * does not exist: signed out, the two must look alike, or the answer would reveal members' boards.
 */
export function signInToRead(): UnauthorizedError {
  return new UnauthorizedError('Sign in to read this board', 'unauthorized', {
    headers: { 'WWW-Authenticate': 'Bearer realm="comment-board"' },
  });
}
