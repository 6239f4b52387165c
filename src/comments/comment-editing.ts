import type { AuthUser } from '../auth/auth-user';
import { isModerator } from '../auth/auth-user';
import type { WriteCheck } from '../auth/write-check';
import type { BoardsRepository } from '../boards/boards-repository';
import { ForbiddenError, NotFoundError } from '../http/errors';
import type { Comment, CommentRecord } from './comment';
import type { CommentLocation } from './comment-items';
import type { RateLimit } from './comment-posting';
import { parseCommentText } from './comment-validation';
import type { CommentsRepository } from './comments-repository';

/** A comment found by id alone: where it lives, its visible item and its hidden copy. */
export interface FoundComment {
  location: CommentLocation;
  visible?: CommentRecord;
  hidden?: CommentRecord;
}

/** Finding, editing and removing a comment of any board by its id. */
export function createEditing(deps: {
  repository: CommentsRepository;
  boards: BoardsRepository;
  now: () => number;
  editWindowSeconds: number;
  rateLimit?: RateLimit;
  canRemove: (user: AuthUser, comment: Comment) => boolean;
}) {
  const { repository: repo, boards, now } = deps;
  const notFound = () => new NotFoundError('There is no comment with that id');

  /** The pointer (or legacy `main` copy) first, then the item where it points: at most two calls. */
  async function find(id: string): Promise<FoundComment | undefined> {
    const found = await repo.lookup(id, {});
    if (!found.location) return undefined;
    const items = found.complete ? found : await repo.readAt(found.location);
    return { location: found.location, ...items };
  }

  return {
    find,

    /** Author only, inside the window; both are checked again in the update's condition. */
    async edit(user: AuthUser, id: string, input: { text: unknown }, check?: WriteCheck) {
      const text = parseCommentText(input.text);
      const found = await repo.lookup(id, { extra: check ? [check.key] : [] });
      check?.assert(found.extras[0]);
      if (!found.location) throw notFound();
      const time = now();
      await deps.rateLimit?.take(user.sub, time);
      const at = new Date(time).toISOString();
      const windowStart = new Date(time - deps.editWindowSeconds * 1000).toISOString();
      const edited = await repo.editText(found.location, {
        userId: user.sub,
        text,
        at,
        windowStart,
      });
      if (edited) return edited;
      // Refused: say why (an extra read on the failure path only).
      const { visible } = found.complete ? found : await repo.readAt(found.location);
      if (!visible || visible.deleted) throw notFound();
      if (visible.userId !== user.sub) {
        throw new ForbiddenError('Only its author can edit a comment');
      }
      throw new ForbiddenError(
        `Comments can be edited for ${Math.round(deps.editWindowSeconds / 60)} minutes after posting`,
        'edit_window_closed',
      );
    },

    async remove(user: AuthUser, id: string) {
      const found = await find(id);
      const comment = found?.visible;
      if (!found || !comment || comment.deleted) {
        if (found?.hidden && isModerator(user)) return;
        throw notFound();
      }
      if (!deps.canRemove(user, comment)) {
        throw new ForbiddenError('Only its author or a moderator can delete this comment');
      }
      const reason = comment.userId === user.sub ? 'deleted' : 'hidden';
      const info = { by: user.sub, at: new Date(now()).toISOString(), reason } as const;
      if (await repo.hide(comment, found.location, info)) {
        await boards.uncountComment(found.location.board, comment.id);
      }
    },
  };
}
