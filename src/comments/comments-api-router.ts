import { Router } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { ValidationError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { toPublicComment } from './comment';
import { parseIdempotencyKey, parseLimit } from './comment-validation';
import type { CommentsService } from './comments-service';

function textOf(body: unknown): unknown {
  if (body === undefined) return undefined;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ValidationError('The body must be a JSON object such as {"text": "Hello"}');
  }
  return (body as Record<string, unknown>).text;
}

/** The JSON API: list, post, read and delete comments with a bearer token. */
export function createCommentsApiRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();

  router
    .route('/api/comments')
    .get(auth.requireApiUser, async (req, res) => {
      const limit = parseLimit(req.query.limit);
      const page = await comments.list({ limit, cursor: req.query.cursor });
      res.json({
        items: page.items.map(toPublicComment),
        nextCursor: page.nextCursor,
        prevCursor: page.prevCursor,
      });
    })
    .post(auth.requireApiWriter, async (req, res) => {
      const key = parseIdempotencyKey(req.get('idempotency-key'));
      const text = textOf(req.body);
      const { comment, replayed } = await comments.create(currentUser(res), { text }, key);
      if (replayed) res.set('Idempotent-Replayed', 'true');
      res
        .status(201)
        .location(`${res.locals.base ?? ''}/api/comments/${comment.id}`)
        .json(toPublicComment(comment));
    })
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/api/comments/:id')
    .get(auth.requireApiUser, async (req, res) => {
      const record = await comments.get(currentUser(res), String(req.params.id));
      res.json(
        record.hidden ? { ...toPublicComment(record), hidden: true } : toPublicComment(record),
      );
    })
    .delete(auth.requireApiWriter, async (req, res) => {
      await comments.remove(currentUser(res), String(req.params.id));
      res.status(204).end();
    })
    .all(methodNotAllowed('GET', 'DELETE'));

  return router;
}
