import { Router } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser, readerOf } from '../auth/auth-user';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { BoardsService } from './boards-service';

/** The boards' JSON API: list, read and (moderators) create boards. */
export function createBoardsApiRouter(deps: {
  boards: BoardsService;
  auth: AuthMiddleware;
}): Router {
  const { boards, auth } = deps;
  const router = Router();
  router
    .route('/api/boards')
    .get(auth.allowApiReader, async (_req, res) => {
      res.json({ items: await boards.list(readerOf(res)) });
    })
    .post(auth.requireApiWriter, async (req, res) => {
      const board = await boards.create(currentUser(res), req.body);
      res
        .status(201)
        .location(`${res.locals.base ?? ''}/api/boards/${board.slug}`)
        .json(board);
    })
    .all(methodNotAllowed('GET', 'POST'));
  router
    .route('/api/boards/:slug')
    .get(auth.allowApiReader, async (req, res) => {
      res.json(await boards.get(req.params.slug, readerOf(res)));
    })
    .all(methodNotAllowed('GET'));
  return router;
}
