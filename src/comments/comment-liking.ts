import type { AuthUser } from '../auth/auth-user';
import type { WriteCheck } from '../auth/write-check';
import { ForbiddenError, NotFoundError } from '../http/errors';
import { tableKeys } from '../storage/table-keys';
import { isCommentId, type Comment } from './comment';
import { isLiked } from './comment-likes';
import type { CommentsRepository } from './comments-repository';

/** A comment's likes as its reader sees them. */
export interface LikeState {
  likes: number;
  likedByMe: boolean;
}

/** Liking and unliking comments, and "liked by me" on what a reader is shown. */
export function createLiking(deps: { repository: CommentsRepository; now: () => number }) {
  const { repository: repo } = deps;
  const notFound = () => new NotFoundError('There is no comment with that id');

  return {
    /**
     * Sets `user`'s like of comment `id` (idempotent: a like of a liked comment changes nothing).
     * One BatchGetItem reads the user record (write check), the pointer and the like item; the
     * comment itself is a second read unless it was among the guesses; then the like item and the
     * count (two UpdateItems) only when the state really changes.
     */
    async setLike(
      user: AuthUser,
      id: string,
      liked: boolean,
      check?: WriteCheck,
    ): Promise<LikeState> {
      if (!isCommentId(id)) throw notFound();
      const likeKey = tableKeys.like(user.sub, id);
      const found = await repo.lookup(id, { extra: [...(check ? [check.key] : []), likeKey] });
      check?.assert(found.extras[0]);
      const mine = found.extras[check ? 1 : 0];
      if (!found.location) throw notFound();
      const { visible } = found.complete ? found : await repo.readAt(found.location);
      if (!visible || visible.deleted) throw notFound();
      if (visible.userId === user.sub) {
        throw new ForbiddenError('You cannot like your own comment', 'own_comment');
      }
      if (isLiked(mine) === liked) return { likes: visible.likes, likedByMe: liked };
      const result = await repo.setLike({
        location: found.location,
        commentId: id,
        sub: user.sub,
        liked,
        nowMs: deps.now(),
        known: visible,
      });
      if (result.outcome === 'gone') throw notFound();
      const likes = result.likes ?? Math.max(0, visible.likes + (liked ? 1 : -1));
      return { likes, likedByMe: liked };
    },

    /**
     * `comments` with `likedByMe` set for `viewer`: one BatchGetItem of the like keys of those
     * with any likes, so a page nobody liked costs no call at all.
     */
    async markLiked<T extends Comment>(viewer: AuthUser | undefined, comments: T[]): Promise<T[]> {
      const liked = comments.filter((c) => c.likes > 0 && c.userId !== viewer?.sub);
      if (!viewer || liked.length === 0) return comments;
      const mine = await repo.likedAmong(
        viewer.sub,
        liked.map((c) => c.id),
      );
      return comments.map((c) => (mine.has(c.id) ? { ...c, likedByMe: true } : c));
    },
  };
}
