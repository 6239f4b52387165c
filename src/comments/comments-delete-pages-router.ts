import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { ForbiddenError, NotFoundError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { withNotice } from '../http/page-notices';
import { MAIN_BOARD } from '../boards/board';
import { boardPath as page, commentView } from './comment-page-view';
import type { CommentsService } from './comments-service';

const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;
/** Where a delete (or a like) may send the reader back to: a board or thread page of this site only. */
export const BACK =
  /^\/(?:comments|b\/[a-z0-9-]{1,40}(?:\/c\/[0-9A-Z]{26})?)(?:\?(?:sort=oldest)?&?(?:cursor=[A-Za-z0-9_-]{1,200})?)?$/;

/** Runs `act`; a comment that is already gone becomes undefined instead of a "Page not found". */
async function unlessGone<T>(act: () => Promise<T>): Promise<T | undefined> {
  try {
    return await act();
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}

/**
 * Deleting from the pages: `GET /comments/:id/delete` asks for confirmation (works without
 * JavaScript), its form posts the delete (CSRF-checked), and the board then says what happened.
 */
export function createCommentDeletePagesRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();
  /**
   * The page the reader came from: `back` (a board or thread page), else `main`'s page at its
   * `cursor` (older links), each kept only when it is well-formed.
   */
  const boardPath = (req: Request, res: Response) => {
    const from = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown>;
    const { cursor, back } = from ?? {};
    const base = String(res.locals.base ?? '');
    if (typeof back === 'string' && BACK.test(back)) {
      return { path: `${base}${back}`, cursor: '', back };
    }
    const query = typeof cursor === 'string' && CURSOR.test(cursor) ? `?cursor=${cursor}` : '';
    return { path: `${base}/comments${query}`, cursor: query ? cursor : '', back: '' };
  };

  router
    .route('/comments/:id/delete')
    .get(auth.requirePageUser, async (req, res) => {
      const user = currentUser(res);
      const given = boardPath(req, res);
      const record = await unlessGone(() => comments.get(user, String(req.params.id)));
      // A link without its own way back returns to the comment's board.
      const own = record && !given.back && !given.cursor && record.board !== MAIN_BOARD;
      const back = own
        ? {
            ...given,
            path: page(String(res.locals.base ?? ''), record.board),
            back: `/b/${record.board}`,
          }
        : given;
      if (!record || record.hidden || record.deleted) {
        res.redirect(303, withNotice(back.path, 'comment-already-deleted'));
        return;
      }
      if (!comments.canRemove(user, record)) {
        throw new ForbiddenError('Only its author or a moderator can delete this comment');
      }
      const comment = commentView(comments, user, record, Date.now());
      res.render('comments/delete', {
        title: comment.own ? 'Delete your comment?' : 'Hide this comment?',
        comment,
        cursor: back.cursor,
        backPath: back.path,
        back: back.back,
      });
    })
    .post(auth.requirePageWriter, auth.verifyCsrf, async (req, res) => {
      const back = boardPath(req, res);
      const done = await unlessGone(async () => {
        await comments.remove(currentUser(res), String(req.params.id));
        return true;
      });
      res.redirect(
        303,
        withNotice(back.path, done ? 'comment-deleted' : 'comment-already-deleted'),
      );
    })
    .all(methodNotAllowed('GET', 'POST'));

  return router;
}
