import { Router } from 'express';
import { methodNotAllowed } from '../http/method-not-allowed';
import { rotateCsrfToken } from '../http/csrf';
import { safeNext } from '../auth/auth-input';
import { setSessionCookies } from '../auth/session-cookies';
import { noticeText, withNotice } from '../http/page-notices';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { createFormHelpers, text } from '../auth/auth-form-actions';
import type { AccountsService } from './accounts-service';
import { parseForgot, parseNewPassword, parseReset } from './accounts-input';

/** Page options: local runs say where codes go; `mailbox` links the local mail page. */
export interface AccountsPagesOptions {
  local: boolean;
  mailbox: boolean;
}

/** The forgotten-password pages, and the new password of a first sign-in. */
export function createAccountsPagesRouter(
  accounts: AccountsService,
  auth: AuthMiddleware,
  options: AccountsPagesOptions,
): Router {
  const { verifyCsrf } = auth;
  const router = Router();
  const { to, show, formAction } = createFormHelpers(auth, options);
  const atLogin = (username: string) => `/login?username=${encodeURIComponent(username)}`;

  router
    .route('/forgot-password')
    .get((req, res) => show(req, res, 'forgot', { values: { username: text(req.query.username) } }))
    .post(
      verifyCsrf,
      formAction('forgot', ['username'], async (req, res) => {
        const { username } = parseForgot(req.body);
        await accounts.requestReset(username);
        to(
          res,
          withNotice(`/reset-password?username=${encodeURIComponent(username)}`, 'reset-code-sent'),
        );
      }),
    )
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/reset-password')
    .get((req, res) =>
      show(req, res, 'reset', {
        values: { username: text(req.query.username) },
        notice: noticeText(req.query.notice),
      }),
    )
    .post(
      verifyCsrf,
      formAction('reset', ['username', 'code'], async (req, res) => {
        const input = parseReset(req.body);
        await accounts.resetPassword(input);
        to(res, withNotice(atLogin(input.username), 'password-reset'));
      }),
    )
    .all(methodNotAllowed('GET', 'POST'));
  router
    .route('/new-password')
    // The step only exists right after signing in with a temporary password.
    .get((_req, res) => to(res, '/login'))
    .post(
      verifyCsrf,
      formAction('new-password', ['username', 'session', 'next'], async (req, res) => {
        const tokens = await accounts.completeNewPassword(parseNewPassword(req.body));
        setSessionCookies(req, res, tokens);
        rotateCsrfToken(req, res);
        to(res, withNotice(safeNext(req.body?.next), 'signed-in'));
      }),
    )
    .all(methodNotAllowed('GET', 'POST'));
  return router;
}
