import { Router } from 'express';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { AccountsService } from './accounts-service';
import { parseForgot, parseNewPassword, parseReset } from './accounts-input';

/** The JSON account API: password reset by code, and the first sign-in's new password. */
export function createAccountsApiRouter(accounts: AccountsService): Router {
  const router = Router();
  router
    .route('/api/auth/forgot-password')
    .post(async (req, res) => {
      await accounts.requestReset(parseForgot(req.body).username);
      // 202 whether or not the user exists: the answer must not tell who has an account.
      res.status(202).end();
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/auth/reset-password')
    .post(async (req, res) => {
      await accounts.resetPassword(parseReset(req.body));
      res.status(204).end();
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/auth/new-password')
    .post(async (req, res) => {
      const tokens = await accounts.completeNewPassword(parseNewPassword(req.body));
      res.json({ ...tokens, tokenType: 'Bearer' });
    })
    .all(methodNotAllowed('POST'));
  return router;
}
