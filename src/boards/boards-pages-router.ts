import { Router, type Request, type Response } from 'express';
import type { AuthMiddleware } from '../auth/auth-middleware';
import { currentUser, isModerator, readerOf } from '../auth/auth-user';
import { cachePublicly } from '../http/public-cache';
import { AppError } from '../http/errors';
import { methodNotAllowed } from '../http/method-not-allowed';
import { noticeText } from '../http/page-notices';
import { relativeTime, utcTitle } from '../http/relative-time';
import {
  DESCRIPTION_MAX,
  MAIN_BOARD,
  newBoardProblems,
  TITLE_MAX,
  type Board,
  type NewBoardField,
} from './board';
import type { BoardsService } from './boards-service';

/** What each field needs, in words for people (the API's messages name fields and formats). */
const FIELD_HELP: Record<NewBoardField, string> = {
  slug: 'Choose an address of 1 to 40 lower-case letters, digits or hyphens, not starting or ending with a hyphen (for example help-desk).',
  title: `Give the board a title of up to ${TITLE_MAX} characters.`,
  description: `Keep the description to ${DESCRIPTION_MAX} characters or fewer.`,
  visibility: 'Choose who can read the board.',
};

/** The board index form's typed values and errors. */
interface NewBoardForm {
  status?: number;
  values?: Record<string, string>;
  errors?: Partial<Record<NewBoardField, string>>;
  formError?: string;
}

const text = (body: unknown, name: string) => {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
};
const boardLink = (base: string, slug: string) =>
  slug === MAIN_BOARD ? `${base}/comments` : `${base}/b/${slug}`;

/** The board index `/` (newest activity first) and the moderators' "New board" form. */
export function createBoardsPagesRouter(deps: {
  boards: BoardsService;
  auth: AuthMiddleware;
}): Router {
  const { boards, auth } = deps;
  const router = Router();

  const render = async (req: Request, res: Response, form: NewBoardForm = {}) => {
    const base = String(res.locals.base ?? '');
    const now = Date.now();
    const view = (board: Board) => {
      const last = board.lastCommentAt;
      return {
        ...board,
        link: boardLink(base, board.slug),
        ago: last ? relativeTime(last, now) : '',
        utc: last ? utcTitle(last) : '',
      };
    };
    const reader = readerOf(res);
    const listed = (await boards.list(reader)).map(view);
    if (!reader) cachePublicly(res);
    res.status(form.status ?? 200).render('boards/index', {
      title: 'Boards',
      boards: listed,
      canCreate: reader !== undefined && isModerator(reader),
      values: { slug: '', title: '', description: '', visibility: 'members', ...form.values },
      errors: form.errors ?? {},
      formError: form.formError,
      notice: noticeText(req.query.notice),
      titleMax: TITLE_MAX,
      descriptionMax: DESCRIPTION_MAX,
    });
  };

  router
    .route('/')
    .get(auth.allowPageReader, (req, res) => render(req, res))
    .all(methodNotAllowed('GET'));

  router
    .route('/boards')
    .post(auth.requirePageWriter, auth.verifyCsrf, async (req, res) => {
      const fields = ['slug', 'title', 'description', 'visibility'] as const;
      const values = Object.fromEntries(fields.map((name) => [name, text(req.body, name)]));
      const problems = newBoardProblems(values);
      const errors = Object.fromEntries(
        Object.keys(problems).map((name) => [name, FIELD_HELP[name as NewBoardField]]),
      );
      if (Object.keys(errors).length > 0) return render(req, res, { status: 400, values, errors });
      try {
        const board = await boards.create(currentUser(res), values);
        res.redirect(303, boardLink(String(res.locals.base ?? ''), board.slug));
      } catch (error) {
        if (!(error instanceof AppError) || error.code !== 'board_exists') throw error;
        const slug = 'A board already has this address. Choose another one.';
        await render(req, res, { status: 409, values, errors: { slug } });
      }
    })
    .all(methodNotAllowed('POST'));

  return router;
}
