import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { isBoardSlug } from '../boards/board';
import { methodNotAllowed } from '../http/method-not-allowed';
import { isCommentId } from './comment';
import { formField } from './comment-page-view';
import { BACK } from './comments-delete-pages-router';
import type { CommentsService } from './comments-service';

/**
 * The like button of the pages: a form post (no script needed) that likes or unlikes, then goes
 * back to the page it came from, at the comment. The API's rules apply (own comment: 403 page).
 */
export function createLikePagesRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();
  const base = (res: Response) => String(res.locals.base ?? '');
  /** The page to return to: the form's `back` when it is one of ours, else the comment's thread. */
  const backTo = (req: Request, res: Response) => {
    const back = formField(req.body, 'back') ?? '';
    const id = String(req.params.id);
    const thread = `/b/${String(req.params.slug)}/c/${id}`;
    return `${base(res)}${BACK.test(back) ? back : thread}#comment-${id}`;
  };

  router
    .route('/b/:slug/c/:id/like')
    .post(auth.requirePageWriter, auth.verifyCsrf, async (req, res) => {
      const liked = formField(req.body, 'liked') !== 'false';
      await comments.setLike(currentUser(res), String(req.params.id), liked);
      res.redirect(303, backTo(req, res));
    })
    // Signing in from a like sends the reader here by GET: back to the comment, to press again.
    .get((req, res) => {
      const { slug, id } = req.params;
      const ok = isBoardSlug(slug) && isCommentId(id);
      res.redirect(303, ok ? `${base(res)}/b/${slug}/c/${id}` : `${base(res)}/`);
    })
    .all(methodNotAllowed('GET', 'POST'));
  return router;
}
