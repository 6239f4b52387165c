import { Router } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { ModerationService } from './moderation-service';

/** The moderators' JSON API: bans. */
export function createModerationApiRouter(deps: {
  moderation: ModerationService;
  auth: AuthMiddleware;
}): Router {
  const { moderation, auth } = deps;
  const router = Router();
  router
    .route('/api/moderation/bans')
    .get(auth.requireApiUser, async (_req, res) => {
      res.json({ items: await moderation.listBans(currentUser(res)) });
    })
    .post(auth.requireApiWriter, async (req, res) => {
      res.status(201).json(await moderation.ban(currentUser(res), req.body));
    })
    .all(methodNotAllowed('GET', 'POST'));
  router
    .route('/api/moderation/bans/:username')
    .delete(auth.requireApiWriter, async (req, res) => {
      await moderation.unban(currentUser(res), req.params.username);
      res.status(204).end();
    })
    .all(methodNotAllowed('DELETE'));
  return router;
}
