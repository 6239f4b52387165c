import { userDataKind, type UserDataKind } from '../storage/user-data';
import type { BoardsRepository } from '../boards/boards-repository';
import type { CommentsRepository } from './comments-repository';
import type { IdempotencyStore } from './idempotency-store';

/** Comments read per index Query while erasing (a comment is at most ~8 KB: a page stays < 1 MB). */
const PAGE = 100;

/**
 * What the comment board stores per user, for account erasure: their comments and replies, visible
 * or hidden (deleted outright, so `GET /api/comments/:id` is a 404 for everyone, except a comment
 * with replies by others, which stays as a placeholder without text or author; the counts follow),
 * their idempotency records (a copy of the comment and the username), and their likes (each
 * uncounted from its comment, which also moves in "top"). Reports add kinds here.
 */
export function createCommentsErasure(
  repository: CommentsRepository,
  boards: Pick<BoardsRepository, 'uncountComment'>,
  idempotency: IdempotencyStore,
): UserDataKind[] {
  return [
    userDataKind({
      name: 'comments',
      list: (sub, startKey) => repository.listByAuthor(sub, { limit: PAGE, startKey }),
      erase: async (comment) => {
        if (await repository.erase(comment)) await boards.uncountComment(comment.board, comment.id);
      },
    }),
    userDataKind({
      name: 'likes',
      list: (sub, startKey) => repository.listLikes(sub, { limit: PAGE, startKey }),
      erase: (like) => repository.eraseLike(like),
    }),
    userDataKind({
      name: 'idempotency records',
      list: async (sub, startKey) => {
        const { items, lastKey } = await idempotency.listKeys(sub, startKey);
        return { items: items.map((key) => ({ sub, key })), lastKey };
      },
      erase: ({ sub, key }) => idempotency.remove(sub, key),
    }),
  ];
}
