import { Router, type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { methodNotAllowed } from '../http/method-not-allowed';
import { noticeText } from '../http/page-notices';
import { failedPostState, renderBoard } from './comments-board-page';
import { createCommentDeletePagesRouter } from './comments-delete-pages-router';
import type { CommentsService } from './comments-service';

const FORM_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Form = Record<string, unknown>;
/** A string field of a urlencoded form, or undefined. */
const formField = (body: unknown, name: string): string | undefined => {
  const value = (body as Form | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The comment board pages: list with the post form, post (PRG), and the delete pages. */
export function createCommentsPagesRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();
  const base = (res: Response) => String(res.locals.base ?? '');

  // Any failure the writer can retry — invalid text, a reused form (it gets a fresh key), a stale
  // token on a form from this site, the store busy or down (also in the sign-out check before the
  // post) — shows the board again with their text and what went wrong.
  const showFormAgain: ErrorRequestHandler = (error, req, res, next) => {
    const failed = failedPostState(error);
    if (failed && !res.locals.user) auth.identifyUser(req, res);
    if (!failed || !res.locals.user) return void next(error);
    const formKey = failed.status === 422 ? undefined : formField(req.body, 'idempotencyKey');
    renderBoard(comments, req, res, {
      ...failed,
      text: formField(req.body, 'text'),
      formKey,
    }).catch(next);
  };

  const post: RequestHandler = async (req, res) => {
    const formKey = formField(req.body, 'idempotencyKey');
    const key = formKey && FORM_KEY.test(formKey) ? `form:${formKey}` : undefined;
    await comments.create(currentUser(res), { text: formField(req.body, 'text') }, key);
    res.redirect(303, `${base(res)}/comments`);
  };

  router
    .route('/comments')
    .get(auth.requirePageUser, (req, res) =>
      renderBoard(comments, req, res, { notice: noticeText(req.query.notice) }),
    )
    // A lost session keeps the typed text through sign-in (auth shows it again, not posted).
    .post(auth.requirePageWriterKeeping('text'), auth.verifyCsrf, post, showFormAgain)
    .all(methodNotAllowed('GET', 'POST'));

  router.use(createCommentDeletePagesRouter(deps));
  return router;
}
