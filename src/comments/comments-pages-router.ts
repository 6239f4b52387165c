import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { MAIN_BOARD } from '../boards/board';
import { methodNotAllowed } from '../http/method-not-allowed';
import { noticeText } from '../http/page-notices';
import { boardPath, formField, formKeyOf, wantsPreview } from './comment-page-view';
import { showFormAgain, showPreview, type ComposePage } from './comment-compose';
import { renderBoard } from './comments-board-page';
import { createCommentDeletePagesRouter } from './comments-delete-pages-router';
import { createLikePagesRouter } from './comments-like-pages-router';
import { createThreadPagesRouter } from './comments-thread-pages-router';
import type { CommentsService } from './comments-service';

/** The board pages (`/comments` is board `main`, `/b/:slug` any board) and their post form. */
export function createCommentsPagesRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();
  const slugOf = (req: Request) => (req.params.slug as string | undefined) ?? MAIN_BOARD;
  const board: ComposePage = (req, res, state) =>
    renderBoard(comments, req, res, slugOf(req), state);

  const post = async (req: Request, res: Response) => {
    if (wantsPreview(req.body)) return showPreview(comments, req, res, board);
    const key = formKeyOf(req.body);
    await comments.create(
      currentUser(res),
      { text: formField(req.body, 'text') },
      key && `form:${key}`,
      { board: slugOf(req) },
    );
    const sort = formField(req.body, 'sort') === 'oldest' ? '?sort=oldest' : '';
    res.redirect(303, `${boardPath(String(res.locals.base ?? ''), slugOf(req))}${sort}`);
  };
  const show = (req: Request, res: Response) =>
    board(req, res, { notice: noticeText(req.query.notice) });
  // A lost session keeps the typed text through sign-in (auth shows it again, not posted).
  const writer = [auth.requirePageWriterKeeping('text'), auth.verifyCsrf];

  router
    .route('/comments')
    .get(auth.allowPageReader, auth.readerPage(show))
    .post(...writer, post, showFormAgain(auth, board))
    .all(methodNotAllowed('GET', 'POST'));
  router
    .route('/b/:slug')
    .get(
      auth.allowPageReader,
      auth.readerPage(async (req, res) => {
        // One address per page: `main`'s is `/comments` (its old links and forms keep working).
        if (req.params.slug !== MAIN_BOARD) return show(req, res);
        const query = req.originalUrl.indexOf('?');
        res.redirect(
          301,
          `${res.locals.base ?? ''}/comments${query < 0 ? '' : req.originalUrl.slice(query)}`,
        );
      }),
    )
    .post(...writer, post, showFormAgain(auth, board))
    .all(methodNotAllowed('GET', 'POST'));

  router.use(createThreadPagesRouter(deps));
  router.use(createCommentDeletePagesRouter(deps));
  router.use(createLikePagesRouter(deps));
  return router;
}
