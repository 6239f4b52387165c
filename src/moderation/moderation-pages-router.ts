import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser, isModerator } from '../auth/auth-user';
import type { CommentsService } from '../comments/comments-service';
import { permalink } from '../comments/comment-page-view';
import { AppError, ForbiddenError, NotFoundError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { noticeText, withNotice, type NoticeKey } from '../http/page-notices';
import { relativeTime, utcTitle } from '../http/relative-time';
import { banFormValues, checkBanForm, type BanFormValues } from './ban-form';
import type { ModerationService } from './moderation-service';
import type { ReportsService } from './reports-service';

const moderatorsOnly = () =>
  new ForbiddenError('Only moderators can see this page', 'forbidden', {
    pageMessage: 'Only moderators can see this page.',
  });

/** The moderation page: the reports queue (hide, dismiss, ban the author) and the bans in force. */
export function createModerationPagesRouter(deps: {
  comments: CommentsService;
  reports: ReportsService;
  moderation: ModerationService;
  auth: AuthMiddleware;
}): Router {
  const { comments, reports, moderation, auth } = deps;
  const router = Router();
  const base = (res: Response) => String(res.locals.base ?? '');
  const moderator = (res: Response) => {
    const user = currentUser(res);
    if (!isModerator(user)) throw moderatorsOnly();
    return user;
  };
  const back = (res: Response, notice: NoticeKey) =>
    res.redirect(303, withNotice(`${base(res)}/moderation`, notice));
  const writer = [auth.requirePageWriter, auth.verifyCsrf];

  router
    .route('/moderation')
    .get(auth.requirePageUser, async (req, res) => {
      const user = moderator(res);
      const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined;
      const [queue, bans] = await Promise.all([
        reports.queue(user, cursor),
        moderation.listBans(user),
      ]);
      const now = Date.now();
      res.render('moderation/queue', {
        title: 'Moderation',
        notice: noticeText(req.query.notice),
        items: queue.items.map((item) => ({
          ...item,
          link: permalink(base(res), item.comment),
          ago: relativeTime(item.lastReportedAt, now),
          utc: utcTitle(item.lastReportedAt),
        })),
        nextLink: queue.nextCursor
          ? `${base(res)}/moderation?cursor=${encodeURIComponent(queue.nextCursor)}`
          : null,
        bans,
      });
    })
    .all(methodNotAllowed('GET'));

  router
    .route('/moderation/reports/:id/hide')
    .post(...writer, async (req, res) => {
      moderator(res);
      await comments.remove(currentUser(res), String(req.params.id)).catch((error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error; // already gone: the queue drops it
      });
      back(res, 'comment-hidden');
    })
    .all(methodNotAllowed('POST'));
  router
    .route('/moderation/reports/:id/dismiss')
    .post(...writer, async (req, res) => {
      await reports.dismiss(moderator(res), String(req.params.id)).catch((error: unknown) => {
        if (!(error instanceof NotFoundError)) throw error; // dismissed twice: same outcome
      });
      back(res, 'report-dismissed');
    })
    .all(methodNotAllowed('POST'));

  const banPage = (res: Response, values: BanFormValues, state: BanPageState = {}) => {
    res.status(state.status ?? 200).render('moderation/ban', {
      title: 'Ban a user',
      values,
      errors: state.errors ?? {},
      formError: state.formError,
    });
  };
  router
    .route('/moderation/ban')
    .get(auth.requirePageUser, (req, res) => {
      moderator(res);
      const username = typeof req.query.username === 'string' ? req.query.username : '';
      banPage(res, { username: username.slice(0, 128), reason: '', days: '' });
    })
    .post(...writer, async (req: Request, res: Response) => {
      const user = moderator(res);
      const values = banFormValues(req.body);
      const { errors, input } = checkBanForm(values);
      if (!input) return banPage(res, values, { status: 400, errors });
      try {
        await moderation.ban(user, input);
      } catch (error) {
        if (!(error instanceof AppError) || error.status === 503 || error.status >= 500)
          throw error;
        const words = BAN_REFUSALS[error.code] ?? error.pageMessage ?? error.message;
        return error.code === 'user_not_found'
          ? banPage(res, values, { status: 404, errors: { username: words } })
          : banPage(res, values, { status: error.status, formError: words });
      }
      back(res, 'user-banned');
    })
    .all(methodNotAllowed('GET', 'POST'));
  router
    .route('/moderation/bans/:username/unban')
    .post(...writer, async (req, res) => {
      await moderation.unban(moderator(res), String(req.params.username));
      back(res, 'user-unbanned');
    })
    .all(methodNotAllowed('POST'));
  return router;
}

interface BanPageState {
  status?: number;
  errors?: Partial<Record<keyof BanFormValues, string>>;
  formError?: string;
}

const BAN_REFUSALS: Record<string, string> = {
  user_not_found:
    'There is no user with that name here (or they have not signed in since bans began).',
  cannot_ban_self: 'You cannot ban yourself.',
  cannot_ban_moderator:
    'Moderators cannot be banned. Ask an administrator to remove them from the moderators first.',
};
