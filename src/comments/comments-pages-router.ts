import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { ValidationError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { MAX_TEXT_LENGTH, MAX_TEXT_UTF16_LENGTH } from './comment-validation';
import type { CommentsService } from './comments-service';
import { relativeTime } from './relative-time';

const FORM_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

type Form = Record<string, unknown>;
const field = (body: unknown, name: string): string | undefined => {
  const value = (body as Form | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
};

/** The comment board pages: list with the post form, post (PRG) and delete/hide. */
export function createCommentsPagesRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();
  const base = (res: Response) => String(res.locals.base ?? '');

  async function renderBoard(
    req: Request,
    res: Response,
    form: { status?: number; error?: string; text?: string; formKey?: string } = {},
  ) {
    const user = currentUser(res);
    const cursor = form.status ? undefined : req.query.cursor;
    const page = await comments.list({ cursor });
    const now = Date.now();
    res.status(form.status ?? 200).render('comments/index', {
      title: 'Comments',
      comments: page.items.map((comment) => ({
        ...comment,
        ago: relativeTime(comment.createdAt, now),
        own: comment.userId === user.sub,
        canRemove: comments.canRemove(user, comment),
      })),
      cursor: typeof cursor === 'string' ? cursor : '',
      nextCursor: page.nextCursor,
      error: form.error,
      text: form.text ?? '',
      formKey: form.formKey ?? randomUUID(),
      maxLength: MAX_TEXT_LENGTH,
      maxUnits: MAX_TEXT_UTF16_LENGTH,
      scripts: ['js/char-count.js'],
    });
  }

  router
    .route('/comments')
    .get(auth.requirePageUser, (req, res) => renderBoard(req, res))
    .post(auth.requirePageUser, auth.verifyCsrf, async (req, res) => {
      const text = field(req.body, 'text');
      const formKey = field(req.body, 'idempotencyKey');
      const key = formKey && FORM_KEY.test(formKey) ? `form:${formKey}` : undefined;
      try {
        await comments.create(currentUser(res), { text }, key);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        const message = `Your comment was not posted: ${error.message}.`;
        await renderBoard(req, res, { status: 400, error: message, text, formKey });
        return;
      }
      res.redirect(303, `${base(res)}/comments`);
    })
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/comments/:id/delete')
    .post(auth.requirePageUser, auth.verifyCsrf, async (req, res) => {
      await comments.remove(currentUser(res), String(req.params.id));
      const cursor = field(req.body, 'cursor');
      const query = cursor && CURSOR.test(cursor) ? `?cursor=${cursor}` : '';
      res.redirect(303, `${base(res)}/comments${query}`);
    })
    .all(methodNotAllowed('POST'));

  return router;
}
