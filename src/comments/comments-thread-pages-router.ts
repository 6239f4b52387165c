import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser } from '../auth/auth-user';
import { ForbiddenError, NotFoundError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { noticeText } from '../http/page-notices';
import { isCommentId } from './comment';
import { showFormAgain, showPreview, type ComposePage } from './comment-compose';
import { formField, formKeyOf, permalink, wantsPreview } from './comment-page-view';
import { COMPOSE_SCRIPTS, composeView } from './comments-board-page';
import { readThread, renderThread } from './comments-thread-page';
import type { CommentsService } from './comments-service';

const EDIT_CLOSED =
  'This comment can no longer be edited: comments can be changed only by their author, for a short time after posting.';

const editClosed = () =>
  new ForbiddenError('This comment cannot be edited', 'forbidden', { pageMessage: EDIT_CLOSED });

/** The thread pages (every comment's permalink), the reply form and the edit pages. */
export function createThreadPagesRouter(deps: {
  comments: CommentsService;
  auth: AuthMiddleware;
}): Router {
  const { comments, auth } = deps;
  const router = Router();
  const base = (res: Response) => String(res.locals.base ?? '');
  const writer = [auth.requirePageWriterKeeping('text'), auth.verifyCsrf];
  const thread: ComposePage = (req, res, state) => renderThread(comments, req, res, state);

  /** The comment being edited, if `user` may edit it now on this board; else a 403 or 404 page. */
  const editable = async (req: Request, res: Response) => {
    const comment = await comments.get(currentUser(res), String(req.params.id));
    if (comment.board !== req.params.slug || comment.hidden || comment.deleted) {
      throw new NotFoundError('There is no comment with that id');
    }
    if (!comments.canEdit(currentUser(res), comment)) {
      throw editClosed();
    }
    return comment;
  };
  const editPage: ComposePage = async (req, res, state) => {
    const comment = await editable(req, res);
    res.set(state.headers ?? {});
    res.status(state.status ?? 200).render('comments/edit', {
      title: 'Edit your comment',
      action: `${base(res)}/b/${comment.board}/c/${comment.id}/edit`,
      cancelLink: permalink(base(res), comment),
      ...composeView({ ...state, text: state.text ?? comment.text }),
      scripts: COMPOSE_SCRIPTS,
    });
  };

  router
    .route('/b/:slug/c/:id')
    .get(
      auth.allowPageReader,
      auth.readerPage(async (req, res) => {
        const id = String(req.params.id);
        const found = await readThread(comments, req, res, req.query.cursor);
        // A reply's permalink is its thread, scrolled to it.
        if (found.comment.id !== id) {
          const at = { id, board: found.board.slug, parentId: found.comment.id };
          return void res.redirect(301, permalink(base(res), at));
        }
        await renderThread(comments, req, res, { notice: noticeText(req.query.notice) }, found);
      }),
    )
    .post(
      ...writer,
      async (req: Request, res: Response) => {
        if (wantsPreview(req.body)) return showPreview(comments, req, res, thread);
        const key = formKeyOf(req.body);
        const parentId = formField(req.body, 'parentId');
        const { comment } = await comments.create(
          currentUser(res),
          {
            text: formField(req.body, 'text'),
            parentId: isCommentId(parentId) ? parentId : req.params.id,
          },
          key && `form:${key}`,
          { board: String(req.params.slug) },
        );
        res.redirect(303, permalink(base(res), comment));
      },
      showFormAgain(auth, thread),
    )
    .all(methodNotAllowed('GET', 'POST'));

  router
    .route('/b/:slug/c/:id/edit')
    .get(auth.requirePageUser, (req, res) => editPage(req, res, {}))
    .post(
      ...writer,
      async (req: Request, res: Response) => {
        if (wantsPreview(req.body)) return showPreview(comments, req, res, editPage);
        const text = formField(req.body, 'text');
        // The service checks author and window in the write itself (no read first).
        const edited = await comments
          .edit(currentUser(res), String(req.params.id), { text })
          .catch((error: unknown) => {
            throw error instanceof ForbiddenError ? editClosed() : error;
          });
        res.redirect(303, permalink(base(res), edited));
      },
      showFormAgain(auth, editPage),
    )
    .all(methodNotAllowed('GET', 'POST'));

  return router;
}
