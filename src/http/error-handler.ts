import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { AppLogger } from './request-logger';
import { AppError, NotFoundError, ValidationError } from './errors';

const PAGE_TITLES: Record<number, string> = {
  400: 'That did not work',
  401: 'Please sign in',
  403: 'Not allowed',
  404: 'Page not found',
  405: 'Not allowed here',
  409: 'Already exists',
  413: 'Too large',
  415: 'Unsupported content',
  429: 'Slow down',
  500: 'Something went wrong',
  503: 'Temporarily unavailable',
};

/** Page words for errors the framework raises, whose messages speak HTTP (by code). */
const PAGE_MESSAGES: Record<string, string> = {
  payload_too_large:
    'What you sent is too long to receive, so it was not saved. Use your browser’s Back button to get your text back, then shorten it and send it again.',
  unsupported_media_type:
    'What you sent is in a form this site cannot read. Go back and try again.',
  invalid_json: 'What you sent could not be read. Go back and try again.',
  bad_request: 'What you sent could not be read. Go back and try again.',
};

/** The sentence an error page shows: the error's own page words, else words by code, else its message. */
export function pageMessageOf(error: AppError): string {
  return error.pageMessage ?? PAGE_MESSAGES[error.code] ?? error.message;
}

/** True for the JSON API, whose errors are JSON; everything else gets an HTML page. */
export function isApiRequest(req: Request): boolean {
  return req.path === '/api' || req.path.startsWith('/api/');
}

/** The app's last route: anything unmatched becomes a 404 (never Express's built-in one). */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(
    isApiRequest(req)
      ? new NotFoundError(`No resource at ${req.method} ${req.path}`)
      : new NotFoundError('We could not find that page.'),
  );
};

/** Turns body-parser and other framework errors into AppErrors; unknown errors stay unknown. */
export function toAppError(err: unknown): AppError | undefined {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; expose?: boolean; message?: string };
  if (e?.type === 'entity.parse.failed') {
    return new ValidationError('The request body is not valid JSON', 'invalid_json', {
      cause: err,
    });
  }
  if (e?.type === 'entity.too.large') {
    return new AppError(413, 'payload_too_large', 'The request body is too large', { cause: err });
  }
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new AppError(415, 'unsupported_media_type', e.message ?? 'Unsupported encoding', {
      cause: err,
    });
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500 && e.expose) {
    return new AppError(e.status, 'bad_request', e.message ?? 'Bad request', { cause: err });
  }
  return undefined;
}

/** The one error handler: JSON `{error:{code,message}}` under /api, an error page elsewhere. */
export function createErrorHandler(
  logger: AppLogger,
  options: {
    /** Puts the signed-in user on `res.locals` so error pages keep the site header (no I/O). */
    identifyUser?: (req: Request, res: Response) => void;
  } = {},
): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const requestId = String(res.locals.requestId ?? '');
    const known = toAppError(err);
    const error =
      known ??
      new AppError(500, 'internal_error', 'Something went wrong on our side. Please try again.');
    if (!known) {
      logger.error('Unhandled error', { requestId, path: req.path, error: err as Error });
    } else if (error.status >= 500) {
      logger.warn('Dependency failure', {
        requestId,
        path: req.path,
        code: error.code,
        cause: String(error.cause),
      });
    }
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(error.status).set(error.headers);
    if (isApiRequest(req)) {
      res.json({ error: { code: error.code, message: error.message } });
      return;
    }
    options.identifyUser?.(req, res);
    const view = {
      title: PAGE_TITLES[error.status] ?? 'Error',
      status: error.status,
      message: pageMessageOf(error),
      requestId,
    };
    res.render('errors/error', view, (renderError: Error | null, html?: string) => {
      if (renderError) {
        logger.error('Error page failed to render', { requestId, error: renderError });
        res.type('text/plain').send(`${view.title}: ${view.message}`);
        return;
      }
      res.type('html').send(html);
    });
  };
}
