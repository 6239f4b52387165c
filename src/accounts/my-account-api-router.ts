import { Router } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { presentedToken } from '../auth/presented-token';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { MyAccountService } from './my-account-service';
import { parseChangePassword } from './accounts-input';

/** The signed-in user's JSON API: change my password, export my data. */
export function createMyAccountApiRouter(account: MyAccountService, auth: AuthMiddleware): Router {
  const router = Router();
  router
    .route('/api/me/password')
    .post(auth.requireApiWriter, async (req, res) => {
      await account.changePassword(currentUser(res), parseChangePassword(req.body));
      res.status(204).end();
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/me/export')
    .get(auth.requireApiUser, async (req, res) => {
      res.json(await account.exportData(presentedToken(req)));
    })
    .all(methodNotAllowed('GET'));
  return router;
}
