import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { errorView } from '../auth/auth-form';
import { createFormHelpers } from '../auth/auth-form-actions';
import { clearSessionCookies } from '../auth/session-cookies';
import { AppError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { withNotice } from '../http/page-notices';
import type { AccountDeletion } from './account-deletion';
import { parseDeleteAccount } from './accounts-input';

/** How a refused deletion reads on the page: a wrong password is the password field's problem. */
function refusedView(error: AppError) {
  if (error.code !== 'invalid_credentials') return errorView(error, 'delete-account');
  return {
    fieldErrors: { password: 'That password is not right.' },
    error: 'Your account was not deleted: please correct the marked field.',
    errorCode: error.code,
  };
}

/**
 * Deleting one's own account: `POST /api/me/delete` (bearer, `{"password"}` → 204) and the page
 * `GET/POST /account/delete` (confirmation with the password; then signed out with a notice).
 */
export function createAccountDeleteRouter(
  deletion: AccountDeletion,
  auth: AuthMiddleware,
  options: { local: boolean },
): Router {
  const router = Router();
  const { to, show } = createFormHelpers(auth, options);

  router
    .route('/api/me/delete')
    .post(auth.requireApiWriter, async (req, res) => {
      const { password } = parseDeleteAccount(req.body);
      await deletion.deleteAccount(currentUser(res), password);
      res.status(204).end();
    })
    .all(methodNotAllowed('POST'));

  const deleteFromPage = async (req: Request, res: Response) => {
    try {
      const { password } = parseDeleteAccount(req.body);
      await deletion.deleteAccount(currentUser(res), password);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      // The password is never shown again: the field comes back empty.
      res.status(error.status).set(error.headers);
      return show(req, res, 'delete-account', refusedView(error));
    }
    clearSessionCookies(req, res);
    to(res, withNotice('/login', 'account-deleted'));
  };
  router
    .route('/account/delete')
    .get(auth.requirePageUser, (req, res) => show(req, res, 'delete-account'))
    .post(auth.requirePageWriter, auth.verifyCsrf, deleteFromPage)
    .all(methodNotAllowed('GET', 'POST'));
  return router;
}
