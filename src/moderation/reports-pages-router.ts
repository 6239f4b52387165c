import { Router, type ErrorRequestHandler, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { commentView, formField, permalink } from '../comments/comment-page-view';
import type { CommentsService } from '../comments/comments-service';
import { AppError, ForbiddenError, NotFoundError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { withNotice } from '../http/page-notices';
import { MAX_REPORT_REASON } from './report';
import type { ReportsService } from './reports-service';

const ownComment = () =>
  new ForbiddenError('You cannot report your own comment', 'own_comment', {
    pageMessage: 'You cannot report your own comment. You can edit or delete it instead.',
  });

/** What the report form shows again: the typed reason and what went wrong. */
interface ReportFormState {
  status?: number;
  reason?: string;
  reasonError?: string;
  formError?: string;
}

/** The "Report" form of one comment: `GET /comments/:id/report`, posted back to the same address. */
export function createReportsPagesRouter(deps: {
  comments: CommentsService;
  reports: ReportsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, reports, auth } = deps;
  const router = Router();
  const base = (res: Response) => String(res.locals.base ?? '');

  const render = async (req: Request, res: Response, state: ReportFormState) => {
    const user = currentUser(res);
    const record = await comments.get(user, String(req.params.id));
    if (record.hidden || record.deleted)
      throw new NotFoundError('There is no comment with that id');
    const comment = commentView(comments, user, record, Date.now(), base(res));
    if (comment.own) throw ownComment();
    res.status(state.status ?? 200).render('moderation/report', {
      title: `Report a comment by ${comment.username}`,
      comment,
      action: `${base(res)}/comments/${comment.id}/report`,
      reason: state.reason ?? '',
      reasonError: state.reasonError,
      formError: state.formError,
      maxLength: MAX_REPORT_REASON,
    });
  };

  /** A bad reason or a ban: the form again, with the reason as typed and the problem in words. */
  const showAgain: ErrorRequestHandler = (error, req, res, next) => {
    if (!(error instanceof AppError) || !(error.status === 400 || error.code === 'banned'))
      return void next(error);
    if (!res.locals.user) auth.identifyUser(req, res);
    if (!res.locals.user) return void next(error);
    const reason = formField(req.body, 'reason');
    const words = error.pageMessage ?? error.message;
    const state =
      error.status === 400
        ? { status: 400, reason, reasonError: words }
        : { status: 403, reason, formError: `${words} Your report was not sent.` };
    render(req, res, state).catch(next);
  };

  router
    .route('/comments/:id/report')
    .get(auth.requirePageUser, (req, res) => render(req, res, {}))
    .post(
      auth.requirePageWriter,
      auth.verifyCsrf,
      async (req: Request, res: Response) => {
        const id = String(req.params.id);
        const place = await reports.report(currentUser(res), id, {
          reason: formField(req.body, 'reason'),
        });
        const [path, anchor] = permalink(base(res), { id, ...place }).split('#');
        res.redirect(303, `${withNotice(path, 'comment-reported')}${anchor ? `#${anchor}` : ''}`);
      },
      showAgain,
    )
    .all(methodNotAllowed('GET', 'POST'));
  return router;
}
