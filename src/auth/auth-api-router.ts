import { Router } from 'express';
import { AppError, UnauthorizedError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { AuthDeps, AuthMiddleware } from './auth-middleware';
import { currentUser } from './auth-user';
import { NewPasswordRequiredError } from './new-password-required';
import { parseConfirm, parseCredentials, parseRefresh, parseSignUp } from './auth-input';

/** The JSON auth API for curl and scripts: login, refresh, sign-up, confirm, and `/api/me`. */
export function createAuthApiRouter(deps: AuthDeps, auth: AuthMiddleware): Router {
  const router = Router();
  router
    .route('/api/auth/login')
    .post(async (req, res) => {
      const { username, password } = parseCredentials(req.body);
      const tokens = await deps.cognito.signIn(username, password).catch(async (error: unknown) => {
        if (!(error instanceof NewPasswordRequiredError)) throw error;
        const session = await deps.challenges.open(username, error.cognitoSession);
        res.status(403).json({ error: { code: error.code, message: error.message, session } });
      });
      if (tokens) res.json({ ...tokens, tokenType: 'Bearer' });
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/auth/refresh')
    .post(async (req, res) => {
      const tokens = await deps.cognito.refresh(parseRefresh(req.body)).catch((error: unknown) => {
        if (!(error instanceof AppError) || error.status !== 401) throw error;
        throw new UnauthorizedError(
          'The refresh token is invalid, expired or revoked; sign in again',
          'invalid_refresh_token',
          {
            cause: error,
          },
        );
      });
      res.json({
        accessToken: tokens.accessToken,
        idToken: tokens.idToken,
        expiresIn: tokens.expiresIn,
        tokenType: 'Bearer',
      });
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/auth/logout')
    .post(auth.requireApiWriter, async (req, res) => {
      const refreshToken = parseRefresh(req.body);
      // 204 even when Cognito's RevokeToken failed: this app refuses the token from now on.
      await deps.signOut.signOut({ sub: currentUser(res).sub, refreshToken });
      res.status(204).end();
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/auth/signup')
    .post(async (req, res) => {
      const result = await deps.cognito.signUp(parseSignUp(req.body));
      res.status(201).json({ userConfirmed: result.userConfirmed });
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/auth/confirm')
    .post(async (req, res) => {
      const { username, code } = parseConfirm(req.body);
      await deps.cognito.confirm(username, code);
      res.status(204).end();
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/api/me')
    .get(auth.requireApiUser, (_req, res) => {
      const { sub, username, groups } = res.locals.user;
      res.json({ sub, username, groups });
    })
    .all(methodNotAllowed('GET'));
  return router;
}
