import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser, readerOf } from '../auth/auth-user';
import { writeCheckOf } from '../auth/write-check';
import { MAIN_BOARD } from '../boards/board';
import { parseInput } from '../http/api-input';
import { methodNotAllowed } from '../http/method-not-allowed';
import { toPublicComment, type CommentRecord } from './comment';
import type { CommentsService } from './comments-service';
import {
  EditCommentBody,
  ListQuery,
  PostCommentBody,
  PostHeaders,
  RepliesQuery,
} from './comments-input-schemas';

const publicOf = (record: CommentRecord) =>
  record.hidden ? { ...toPublicComment(record), hidden: true } : toPublicComment(record);

/** The JSON API: list, post, read, edit and delete comments and replies with a bearer token. */
export function createCommentsApiRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();
  const boardOf = (req: Request) => (req.params.slug as string | undefined) ?? MAIN_BOARD;

  const list = async (req: Request, res: Response) => {
    const { limit, sort } = parseInput(ListQuery, req.query);
    const page = await comments.list({
      board: boardOf(req),
      viewer: readerOf(res),
      sort,
      limit,
      cursor: req.query.cursor,
    });
    // The app's strong ETag is of exactly this page (likes, likedByMe, edits and hides all change
    // it): a poller that sends it back gets a 304 without the page.
    res.json({
      items: page.items.map(toPublicComment),
      nextCursor: page.nextCursor,
      prevCursor: page.prevCursor,
    });
  };
  const post = async (req: Request, res: Response) => {
    const headers = { 'idempotency-key': req.get('idempotency-key') };
    const key = parseInput(PostHeaders, headers)['idempotency-key'];
    const { text, parentId } = parseInput(PostCommentBody, req.body ?? {});
    const options = { board: boardOf(req), writeCheck: writeCheckOf(res) };
    const { comment, replayed } = await comments.create(
      currentUser(res),
      { text, parentId },
      key,
      options,
    );
    if (replayed) res.set('Idempotent-Replayed', 'true');
    res
      .status(201)
      .location(`${res.locals.base ?? ''}/api/comments/${comment.id}`)
      .json(toPublicComment(comment));
  };

  for (const path of ['/api/comments', '/api/boards/:slug/comments']) {
    router
      .route(path)
      .get(auth.allowApiReader, list)
      .post(auth.requireApiWriterDeferred, post)
      .all(methodNotAllowed('GET', 'POST'));
  }

  router
    .route('/api/comments/:id')
    .get(auth.allowApiReader, async (req, res) => {
      res.json(publicOf(await comments.get(readerOf(res), String(req.params.id))));
    })
    .patch(auth.requireApiWriterDeferred, async (req, res) => {
      const { text } = parseInput(EditCommentBody, req.body ?? {});
      const id = String(req.params.id);
      const comment = await comments.edit(currentUser(res), id, { text }, writeCheckOf(res));
      res.json(toPublicComment(comment));
    })
    .delete(auth.requireApiWriter, async (req, res) => {
      await comments.remove(currentUser(res), String(req.params.id));
      res.status(204).end();
    })
    .all(methodNotAllowed('GET', 'PATCH', 'DELETE'));

  const like = (liked: boolean) => async (req: Request, res: Response) => {
    const id = String(req.params.id);
    res.json(await comments.setLike(currentUser(res), id, liked, writeCheckOf(res)));
  };
  router
    .route('/api/comments/:id/like')
    .put(auth.requireApiWriterDeferred, like(true))
    .delete(auth.requireApiWriterDeferred, like(false))
    .all(methodNotAllowed('PUT', 'DELETE'));

  router
    .route('/api/comments/:id/replies')
    .get(auth.allowApiReader, async (req, res) => {
      const { limit } = parseInput(RepliesQuery, req.query);
      const page = await comments.replies(String(req.params.id), {
        limit,
        viewer: readerOf(res),
        cursor: req.query.cursor,
      });
      res.json({ items: page.items.map(toPublicComment), nextCursor: page.nextCursor });
    })
    .all(methodNotAllowed('GET'));

  return router;
}
