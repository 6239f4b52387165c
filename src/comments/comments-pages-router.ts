import { Router, type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { EXPIRED_FORM } from '../http/csrf';
import { AppError } from '../http/errors';
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

  // A form from this site whose token went stale (signed in again in another tab) keeps its text:
  // the board comes back with it and a fresh token instead of a bare 403 page.
  const verifyCsrfKeepingText: RequestHandler = (req, res, next) =>
    auth.verifyCsrf(req, res, (error?: unknown) => {
      if (!(error instanceof AppError) || error.code !== EXPIRED_FORM) return void next(error);
      renderBoard(comments, req, res, {
        status: 403,
        formError:
          'This form had expired, so your comment was not posted. Your text is still here: post it again.',
        text: formField(req.body, 'text'),
        formKey: formField(req.body, 'idempotencyKey'),
      }).catch(next);
    });

  // The sign-out check before a post reads the store too: when it is down or busy, the text stays.
  const keepTextWhenUnavailable: ErrorRequestHandler = (error, req, res, next) => {
    const failed = failedPostState(error);
    auth.identifyUser(req, res);
    if (!failed || failed.status! < 429 || !res.locals.user) return void next(error);
    renderBoard(comments, req, res, {
      ...failed,
      text: formField(req.body, 'text'),
      formKey: formField(req.body, 'idempotencyKey'),
    }).catch(next);
  };

  router
    .route('/comments')
    .get(auth.requirePageUser, (req, res) =>
      renderBoard(comments, req, res, { notice: noticeText(req.query.notice) }),
    )
    // A lost session keeps the typed text through sign-in (auth shows it again, not posted).
    .post(
      auth.requirePageWriterKeeping('text'),
      verifyCsrfKeepingText,
      (async (req, res) => {
        const text = formField(req.body, 'text');
        const formKey = formField(req.body, 'idempotencyKey');
        const key = formKey && FORM_KEY.test(formKey) ? `form:${formKey}` : undefined;
        try {
          await comments.create(currentUser(res), { text }, key);
        } catch (error) {
          // A failure the writer can retry shows the form again with their text and what went wrong.
          const failed = failedPostState(error);
          if (!failed) throw error;
          // A reused form key (422) gets a fresh one, so posting the text again works.
          const nextKey = failed.status === 422 ? undefined : formKey;
          await renderBoard(comments, req, res, { ...failed, text, formKey: nextKey });
          return;
        }
        res.redirect(303, `${base(res)}/comments`);
      }) as RequestHandler,
      keepTextWhenUnavailable,
    )
    .all(methodNotAllowed('GET', 'POST'));

  router.use(createCommentDeletePagesRouter(deps));
  return router;
}
