import { Router, type Request, type RequestHandler, type Response } from 'express';
import { csrfToken, rotateCsrfToken } from '../http/csrf';
import { AppError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { AuthDeps, AuthMiddleware } from './auth-middleware';
import { parseConfirm, parseCredentials, parseSignUp, safeNext } from './auth-input';
import { clearSessionCookies, readSessionCookies, setSessionCookies } from './session-cookies';

type Page = 'login' | 'signup' | 'confirm';
type Values = Record<string, string>;

const TITLES: Record<Page, string> = {
  login: 'Sign in',
  signup: 'Create an account',
  confirm: 'Confirm your account',
};
/** Which input an error is about, so the page can mark it (aria-invalid) and point at the message. */
const ERROR_FIELDS: Record<string, string> = {
  invalid_credentials: 'password',
  invalid_password: 'password',
  username_exists: 'username',
  code_mismatch: 'code',
  expired_code: 'code',
};

const text = (value: unknown): string => (typeof value === 'string' ? value.slice(0, 2048) : '');

function render(
  req: Request,
  res: Response,
  page: Page,
  values: Values,
  extra: Record<string, unknown> = {},
) {
  res.set('Cache-Control', 'no-store');
  res.render(`auth/${page}`, {
    title: TITLES[page],
    values,
    csrfToken: csrfToken(req, res),
    error: undefined,
    errorField: undefined,
    errorCode: undefined,
    notice: undefined,
    ...extra,
  });
}

/** Runs a form action; a known failure re-renders the form with its status, one message and the input kept. */
function formAction(
  page: Page,
  keep: string[],
  action: (req: Request, res: Response) => Promise<void>,
  extra: Record<string, unknown> = {},
): RequestHandler {
  return (req, res, next) => {
    action(req, res).catch((error: unknown) => {
      if (!(error instanceof AppError)) return next(error);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const values = Object.fromEntries(keep.map((key) => [key, text(body[key])]));
      res.status(error.status).set(error.headers);
      render(req, res, page, values, {
        ...extra,
        error: error.message,
        errorCode: error.code,
        errorField: ERROR_FIELDS[error.code],
      });
    });
  };
}

/** Sign-in, sign-up, confirm and sign-out pages (server-rendered, no JavaScript needed). */
export function createAuthPagesRouter(
  deps: AuthDeps,
  auth: AuthMiddleware,
  options: { local: boolean },
): Router {
  const { verifyCsrf } = auth;
  const router = Router();
  const to = (res: Response, path: string) => res.redirect(303, `${res.locals.base ?? ''}${path}`);

  router
    .route('/')
    .get((_req, res) => to(res, '/comments'))
    .all(methodNotAllowed('GET'));

  router
    .route('/login')
    .get((req, res) => {
      const confirmed = req.query.confirmed === '1';
      render(
        req,
        res,
        'login',
        { username: text(req.query.username), next: safeNext(req.query.next, '') },
        {
          notice: confirmed ? 'Your account is confirmed, please sign in.' : undefined,
        },
      );
    })
    .post(
      verifyCsrf,
      formAction('login', ['username', 'next'], async (req, res) => {
        const { username, password } = parseCredentials(req.body);
        setSessionCookies(req, res, await deps.cognito.signIn(username, password));
        rotateCsrfToken(req, res);
        to(res, safeNext(req.body?.next));
      }),
    )
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/signup')
    .get((req, res) => render(req, res, 'signup', {}))
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
      render(req, res, 'confirm', { username: text(req.query.username) }, { local: options.local }),
    )
    .post(
      verifyCsrf,
      formAction(
        'confirm',
        ['username', 'code'],
        async (req, res) => {
          const { username, code } = parseConfirm(req.body);
          await deps.cognito.confirm(username, code);
          to(res, `/login?confirmed=1&username=${encodeURIComponent(username)}`);
        },
        { local: options.local },
      ),
    )
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/logout')
    .post(verifyCsrf, async (req, res) => {
      // Best effort: signing out must work even when Cognito does not answer.
      const { refreshToken } = readSessionCookies(req);
      if (refreshToken) await deps.cognito.revoke(refreshToken).catch(() => undefined);
      clearSessionCookies(req, res);
      rotateCsrfToken(req, res);
      res.set('Cache-Control', 'no-store');
      to(res, '/login');
    })
    .all(methodNotAllowed('POST'));
  return router;
}
