import { Router } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { writeCheckOf } from '../auth/write-check';
import { methodNotAllowed } from '../http/method-not-allowed';
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
      await reports.report(currentUser(res), id, req.body, writeCheckOf(res));
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
