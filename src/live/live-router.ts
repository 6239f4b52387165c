import { Router, type NextFunction, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { sendJsonWithEtag } from '../http/etag';
import { AppError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { LiveService } from './live-service';

/**
 * A page's script reads this, so its errors are JSON like the API's (`{"error":{code,message}}`),
 * though the address is a page's (the session cookie is HttpOnly and /api takes bearer tokens only).
 */
function jsonErrors(error: unknown, res: Response, next: NextFunction): void {
  if (!(error instanceof AppError)) return next(error);
  res.set(error.headers);
  res.status(error.status).json({ error: { code: error.code, message: error.message } });
}

/** `GET /b/:slug/new-count`: how many comments arrived since a page was shown. */
export function createLiveRouter(deps: { live: LiveService; auth: AuthMiddleware }): Router {
  const { live, auth } = deps;
  const router = Router();
  router
    .route('/b/:slug/new-count')
    .get(async (req: Request, res: Response, next: NextFunction) => {
      res.set('Cache-Control', 'private, no-store');
      try {
        const viewer = await auth.optionalPageUser(req, res);
        const { after, thread } = req.query;
        const count = await live.newCount(String(req.params.slug), { after, thread }, viewer);
        sendJsonWithEtag(req, res, count);
      } catch (error) {
        jsonErrors(error, res, next);
      }
    })
    .all(methodNotAllowed('GET'));
  return router;
}
