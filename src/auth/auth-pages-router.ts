import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import { rotateCsrfToken } from '../http/csrf';
import { AppError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { noticeText, PAGE_NOTICES, withNotice } from '../http/page-notices';
import type { AuthDeps, AuthMiddleware } from './auth-middleware';
import { DRAFT_MAX } from './auth-form';
import { createFormHelpers, text } from './auth-form-actions';
import { NewPasswordRequiredError } from './new-password-required';
import { parseConfirm, parseCredentials, parseSignUp, safeNext } from './auth-input';
import { clearSessionCookies, readSessionCookies, setSessionCookies } from './session-cookies';

/** Sign-in, sign-up, confirm and sign-out pages (server-rendered, no JavaScript needed). */
export function createAuthPagesRouter(
  deps: AuthDeps,
  auth: AuthMiddleware,
  options: { local: boolean; mailbox?: boolean },
): Router {
  const { verifyCsrf } = auth;
  const router = Router();
  const { to, show, formAction } = createFormHelpers(auth, options);

  router
    .route('/login')
    .get((req, res) =>
      show(req, res, 'login', {
        values: { username: text(req.query.username), next: safeNext(req.query.next, '') },
        notice: noticeText(req.query.notice),
      }),
    )
    .post(
      verifyCsrf,
      formAction('login', ['username', 'next', 'draft'], async (req, res) => {
        const { username, password } = parseCredentials(req.body);
        const next = safeNext(req.body?.next);
        const tokens = await deps.cognito
          .signIn(username, password)
          .catch(async (error: unknown) => {
            if (!(error instanceof NewPasswordRequiredError)) throw error;
            // The handle travels in a hidden field of this page, never in a URL.
            const session = await deps.challenges.open(username, error.cognitoSession);
            show(req, res, 'new-password', { values: { username, session, next } });
          });
        if (!tokens) return;
        setSessionCookies(req, res, tokens);
        rotateCsrfToken(req, res);
        const draft = text(req.body?.draft, DRAFT_MAX);
        if (!draft.trim()) return void to(res, withNotice(next, 'signed-in'));
        // A form posted after the session ended: show its text again, not posted, to post it now.
        res.locals.user = (await deps.verifier.verify(tokens.accessToken)).user;
        show(req, res, 'resume', {
          values: { text: draft, action: next, formKey: randomUUID() },
          notice: PAGE_NOTICES['draft-kept'],
        });
      }),
    )
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/signup')
    .get((req, res) => show(req, res, 'signup'))
    .post(
      verifyCsrf,
      formAction('signup', ['username', 'email'], async (req, res) => {
        const input = parseSignUp(req.body);
        await deps.cognito.signUp(input);
        to(res, `/confirm?username=${encodeURIComponent(input.username)}`);
      }),
    )
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/confirm')
    .get((req, res) =>
      show(req, res, 'confirm', { values: { username: text(req.query.username) } }),
    )
    .post(
      verifyCsrf,
      formAction('confirm', ['username', 'code'], async (req, res) => {
        const { username, code } = parseConfirm(req.body);
        await deps.cognito.confirm(username, code);
        to(res, withNotice(`/login?username=${encodeURIComponent(username)}`, 'confirmed'));
      }),
    )
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/logout')
    .post(verifyCsrf, async (req, res) => {
      const { refreshToken } = readSessionCookies(req);
      // A session that already ended (or predates a sign-out) gets no new marker; it only ends here.
      const user = await auth.pageWriterOf(req, res).catch((error: unknown) => {
        if (error instanceof AppError && error.status >= 500) return undefined;
        throw error;
      });
      clearSessionCookies(req, res);
      rotateCsrfToken(req, res);
      res.set('Cache-Control', 'no-store');
      // Cognito's revoke is best effort: the app's own records make the sign-out hold here.
      const { revokedAtCognito } = await deps.signOut.signOut({ sub: user?.sub, refreshToken });
      to(res, withNotice('/login', revokedAtCognito ? 'signed-out' : 'signed-out-here-only'));
    })
    .all(methodNotAllowed('POST'));
  return router;
}
