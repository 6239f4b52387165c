import type { Request, RequestHandler, Response } from 'express';
import { AppError } from '../http/errors';
import type { AuthMiddleware } from './auth-middleware';
import {
  DRAFT_MAX,
  errorView,
  renderAuthPage,
  type AuthPage,
  type AuthPageView,
} from './auth-form';

/** A typed-in value to show again, bounded. */
export const text = (value: unknown, max = 2048): string =>
  typeof value === 'string' ? value.slice(0, max) : '';

/** Page helpers the auth and account form routers share. */
export interface FormHelpers {
  /** 303 to a site path (with the stage prefix). */
  to(res: Response, path: string): void;
  /** Renders an auth-style page with the signed-in user (if any) in the header. */
  show(req: Request, res: Response, page: AuthPage, view?: AuthPageView): void;
  /** Runs a form action; a known failure re-renders the form with every problem and the input kept. */
  formAction(
    page: AuthPage,
    keep: string[],
    action: (req: Request, res: Response) => Promise<void>,
  ): RequestHandler;
}

/** Builds the helpers; `view` is merged into every page (such as `local`). */
export function createFormHelpers(auth: AuthMiddleware, view: AuthPageView): FormHelpers {
  const show: FormHelpers['show'] = (req, res, page, pageView = {}) => {
    auth.identifyUser(req, res);
    renderAuthPage(req, res, page, { ...view, ...pageView });
  };
  return {
    to: (res, path) => res.redirect(303, `${res.locals.base ?? ''}${path}`),
    show,
    formAction: (page, keep, action) => (req, res, next) => {
      action(req, res).catch((error: unknown) => {
        if (!(error instanceof AppError)) return next(error);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const values = Object.fromEntries(
          keep.map((key) => [key, text(body[key], key === 'draft' ? DRAFT_MAX : 2048)]),
        );
        res.status(error.status).set(error.headers);
        show(req, res, page, { values, ...errorView(error, page) });
      });
    },
  };
}
