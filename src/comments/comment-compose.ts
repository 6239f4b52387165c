import type { ErrorRequestHandler, Request, Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { failedPostState, formField, formKeyOf, type ComposeState } from './comment-page-view';
import type { CommentsService } from './comments-service';

/** Renders a page with its compose form in `state` (the typed text, errors or a preview). */
export type ComposePage = (req: Request, res: Response, state: ComposeState) => Promise<void>;

/**
 * Any failure the writer can retry — invalid text, a reused form (it gets a fresh key), a stale
 * token on a form from this site, the store busy or down, the rate limit — shows the page again
 * with their text and what went wrong.
 */
export function showFormAgain(auth: AuthMiddleware, page: ComposePage): ErrorRequestHandler {
  return (error, req, res, next) => {
    const failed = failedPostState(error);
    if (failed && !res.locals.user) auth.identifyUser(req, res);
    if (!failed || !res.locals.user) return void next(error);
    const formKey = failed.status === 422 ? undefined : formKeyOf(req.body);
    page(req, res, { ...failed, text: formField(req.body, 'text'), formKey }).catch(next);
  };
}

/** "Preview": the same page with the rendered text above the form; nothing stored, same form key. */
export async function showPreview(
  comments: CommentsService,
  req: Request,
  res: Response,
  page: ComposePage,
): Promise<void> {
  const text = formField(req.body, 'text');
  const { html } = comments.preview({ text });
  await page(req, res, { text, formKey: formKeyOf(req.body), previewHtml: html });
}
