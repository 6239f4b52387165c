import { Router } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { AppError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { noticeText, withNotice } from '../http/page-notices';
import { passwordFormState, renderAccountPage } from './account-page';
import { parseChangePassword } from './accounts-input';
import { presentedToken } from '../auth/presented-token';
import type { MyAccountService } from './my-account-service';

/** The export's file name: the site and the day, never the username (it may hold any character). */
const exportFileName = (now = new Date()) =>
  `comment-board-data-${now.toISOString().slice(0, 10)}.json`;

/** The signed-in user's pages: the account page, its password change, the data download. */
export function createMyAccountPagesRouter(
  account: MyAccountService,
  auth: AuthMiddleware,
): Router {
  const router = Router();
  router
    .route('/account')
    .get(auth.requirePageUser, (req, res) =>
      renderAccountPage(account, presentedToken(req), req, res, {
        notice: noticeText(req.query.notice),
      }),
    )
    .all(methodNotAllowed('GET'));
  router
    .route('/account/password')
    .post(auth.requirePageWriter, auth.verifyCsrf, async (req, res) => {
      try {
        await account.changePassword(currentUser(res), parseChangePassword(req.body));
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        // Passwords are never put back into the form: only the problems are shown.
        return renderAccountPage(account, presentedToken(req), req, res, {
          form: passwordFormState(error),
        });
      }
      res.redirect(303, `${res.locals.base ?? ''}${withNotice('/account', 'password-changed')}`);
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/account/export')
    .get(auth.requirePageUser, async (req, res) => {
      const data = await account.exportData(presentedToken(req));
      res
        .set('Cache-Control', 'private, no-store')
        // Quoted as the RFC 6266 examples are; the name is plain ASCII, so no filename* is needed.
        .set('Content-Disposition', `attachment; filename="${exportFileName()}"`)
        .type('application/json')
        .send(JSON.stringify(data, null, 2));
    })
    .all(methodNotAllowed('GET'));
  return router;
}
