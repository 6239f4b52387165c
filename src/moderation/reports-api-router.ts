import { Router } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { writeCheckOf } from '../auth/write-check';
import { parseInput } from '../http/api-input';
import { methodNotAllowed } from '../http/method-not-allowed';
import { ReportBody } from './report';
import type { ReportsService } from './reports-service';

/** The JSON API of reports: report a comment; the moderators' queue and its dismissals. */
export function createReportsApiRouter(deps: {
  reports: ReportsService;
  auth: AuthMiddleware;
}): Router {
  const { reports, auth } = deps;
  const router = Router();
  router
    .route('/api/comments/:id/report')
    .post(auth.requireApiWriterDeferred, async (req, res) => {
      const id = String(req.params.id);
      const { reason } = parseInput(ReportBody, req.body ?? {});
      await reports.report(currentUser(res), id, { reason }, writeCheckOf(res));
      res.status(202).end();
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/moderation/reports')
    .get(auth.requireApiUser, async (req, res) => {
      res.json(await reports.queue(currentUser(res), req.query.cursor));
    })
    .all(methodNotAllowed('GET'));
  router
    .route('/api/moderation/reports/:commentId/dismiss')
    .post(auth.requireApiWriter, async (req, res) => {
      await reports.dismiss(currentUser(res), String(req.params.commentId));
      res.status(204).end();
    })
    .all(methodNotAllowed('POST'));
  return router;
}
