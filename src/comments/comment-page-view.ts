import type { AuthUser } from '../auth/auth-user';
import { MAIN_BOARD } from '../boards/board';
import { EXPIRED_FORM } from '../http/csrf';
import { AppError } from '../http/errors';
import { relativeTime, utcTitle } from '../http/relative-time';
import type { Comment } from './comment';
import type { CommentsService } from './comments-service';

const FORM_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The state of a page's compose form (post, reply or edit) and its notices. */
export interface ComposeState {
  status?: number;
  /** The error next to the text box (validation, a reused form). */
  textError?: string;
  /** An error about the whole form (the board busy or down, rate limited); shown above it. */
  formError?: string;
  notice?: string;
  text?: string;
  formKey?: string;
  /** The rendered text of a "Preview" (nothing stored). */
  previewHtml?: string;
  /** Headers of the error that failed the post (Retry-After). */
  headers?: Record<string, string>;
}

/** A string field of a urlencoded form, or undefined. */
export function formField(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}

/** The form's idempotency key when it is well-formed (a page-made UUID), else undefined. */
export function formKeyOf(body: unknown): string | undefined {
  const key = formField(body, 'idempotencyKey');
  return key && FORM_KEY.test(key) ? key : undefined;
}

/** True when the form was sent with its "Preview" button. */
export const wantsPreview = (body: unknown): boolean => formField(body, 'action') === 'preview';

/** A board's page: `main` keeps its historical address `/comments`. */
export function boardPath(base: string, slug: string): string {
  return slug === MAIN_BOARD ? `${base}/comments` : `${base}/b/${slug}`;
}

/** A comment's place in its thread: the thread page, scrolled to a reply by its anchor. */
export function permalink(base: string, comment: Pick<Comment, 'id' | 'board' | 'parentId'>) {
  const top = comment.parentId ?? comment.id;
  const anchor = comment.parentId ? `#comment-${comment.id}` : '';
  return `${base}/b/${comment.board}/c/${top}${anchor}`;
}

/** A comment as the pages show it: times, links and what the viewer may do. */
export function commentView(
  comments: CommentsService,
  user: AuthUser | undefined,
  comment: Comment,
  now: number,
  base = '',
) {
  const own = comment.userId === user?.sub;
  return {
    ...comment,
    ago: relativeTime(comment.createdAt, now),
    utc: utcTitle(comment.createdAt),
    editedUtc: comment.editedAt ? utcTitle(comment.editedAt) : '',
    own,
    canRemove: Boolean(user && !comment.deleted && comments.canRemove(user, comment)),
    canEdit: Boolean(user && comments.canEdit(user, comment)),
    /** Signed-in readers like others' comments; the author and signed-out readers see the count. */
    canLike: Boolean(user && !own && !comment.deleted),
    likeAction: `${base}/b/${comment.board}/c/${comment.id}/like`,
    link: permalink(base, comment),
    editLink: `${base}/b/${comment.board}/c/${comment.id}/edit`,
  };
}

/** What the view of one comment holds. */
export type CommentView = ReturnType<typeof commentView>;

/** The page's answer to a write that failed in a way the writer can retry; undefined otherwise. */
export function failedPostState(error: unknown): ComposeState | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (error.status === 400) {
    return { status: 400, textError: error.pageMessage ?? 'Your comment could not be posted.' };
  }
  if (error.code === EXPIRED_FORM) {
    return {
      status: 403,
      formError:
        'This form had expired, so your comment was not posted. Your text is still here: post it again.',
    };
  }
  if (error.code === 'idempotency_key_reused') {
    return {
      status: 422,
      textError:
        'This form was already used to post a different comment. Check your text and post it again.',
    };
  }
  if (error.code === 'rate_limited') {
    return {
      status: 429,
      headers: error.headers,
      formError: `${error.pageMessage ?? 'You are posting faster than this site allows.'} Your text is still here.`,
    };
  }
  if (error.code === 'banned') {
    return {
      status: 403,
      formError: `${error.pageMessage ?? 'Your account is banned.'} Your comment was not posted.`,
    };
  }
  if (error.status === 429 || error.status === 503) {
    return {
      status: error.status,
      headers: error.headers,
      formError:
        'Your comment was not posted because the board is busy or unavailable right now. Your text is still here: please try again in a moment.',
    };
  }
  return undefined;
}
