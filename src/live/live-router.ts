import { Router, type NextFunction, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { AppError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { cachePublicly } from '../http/public-cache';
import type { Comment } from '../comments/comment';
import { boardPath, permalink } from '../comments/comment-page-view';
import { atomFeed } from './atom-feed';
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

/**
 * `GET /b/:slug/new-count` (how many comments arrived since a page was shown) and a public board's
 * Atom feed, `GET /b/:slug/feed.atom`, whose absolute links start with `siteUrl` (configuration,
 * never the request's Host or X-Forwarded-* headers).
 */
export function createLiveRouter(deps: {
  live: LiveService;
  auth: AuthMiddleware;
  siteUrl: string;
}): Router {
  const { live, auth } = deps;
  const site = deps.siteUrl.replace(/\/+$/, '');
  const router = Router();
  router
    .route('/b/:slug/new-count')
    .get(async (req: Request, res: Response, next: NextFunction) => {
      res.set('Cache-Control', 'private, no-store');
      try {
        const viewer = await auth.optionalPageUser(req, res);
        const { after, thread } = req.query;
        const count = await live.newCount(String(req.params.slug), { after, thread }, viewer);
        res.json(count);
      } catch (error) {
        jsonErrors(error, res, next);
      }
    })
    .all(methodNotAllowed('GET'));
  router
    .route('/b/:slug/feed.atom')
    .get(async (req: Request, res: Response) => {
      const { board, comments } = await live.feed(String(req.params.slug));
      cachePublicly(res); // the same for everyone: no cookie read, none set
      const xml = atomFeed(board, comments, {
        board: boardPath(site, board.slug),
        self: `${site}/b/${board.slug}/feed.atom`,
        comment: (c: Comment) => permalink(site, c),
      });
      res.type('application/atom+xml; charset=utf-8').send(xml);
    })
    .all(methodNotAllowed('GET'));
  return router;
}
