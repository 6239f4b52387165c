import { monotonicFactory } from 'ulid';
import { MODERATORS_GROUP, type AuthUser } from '../auth/auth-user';
import { ForbiddenError, NotFoundError, ServiceUnavailableError } from '../http/errors';
import { noMetrics, type MetricsCounter } from '../http/business-metrics';
import { isCommentId, type Comment, type CommentPage, type CommentRecord } from './comment';
import { DEFAULT_LIMIT, parseCommentText } from './comment-validation';
import { decodeCursor, pageCursors } from './comments-cursor';
import type { CommentsRepository } from './comments-repository';
import {
  isSameRequest,
  keyReusedError,
  requestHash,
  type IdempotencyStore,
} from './idempotency-store';

/** How long an Idempotency-Key is remembered per user. */
export const IDEMPOTENCY_WINDOW_SECONDS = 24 * 60 * 60;
const ID_ATTEMPTS = 3;

/** The result of a create: the comment, and whether it is the earlier one of a repeated key. */
export interface CreateResult {
  comment: Comment;
  replayed: boolean;
}

/** The comment board's rules; knows nothing of HTTP. */
export interface CommentsService {
  /** One page, newest first; `cursor` is a page's nextCursor (older) or prevCursor (newer). */
  list(options?: { limit?: number; cursor?: unknown }): Promise<CommentPage>;
  /**
   * Validates and stores a comment by `user`; a repeated idempotency key with the same request
   * returns the first comment, with a different request it is a 422 `idempotency_key_reused`.
   */
  create(user: AuthUser, input: { text: unknown }, idempotencyKey?: string): Promise<CreateResult>;
  /** A visible comment, or a hidden one for moderators; otherwise NotFoundError. */
  get(user: AuthUser, id: string): Promise<CommentRecord>;
  /** Hides a comment: its author deletes it, a moderator hides it; others get ForbiddenError. */
  remove(user: AuthUser, id: string): Promise<void>;
  /** Whether `user` may remove `comment` (to show the button). */
  canRemove(user: AuthUser, comment: Comment): boolean;
}

/** True for members of the Cognito `moderators` group. */
export function isModerator(user: AuthUser): boolean {
  return user.groups.includes(MODERATORS_GROUP);
}

/** Builds the service; `now` (epoch ms) is injectable for tests. */
export function createCommentsService(options: {
  repository: CommentsRepository;
  idempotency: IdempotencyStore;
  board?: string;
  now?: () => number;
  /** Counts each new post (never a replay). */
  metrics?: MetricsCounter;
}): CommentsService {
  const { repository: repo, idempotency } = options;
  const metrics = options.metrics ?? noMetrics;
  const board = options.board ?? 'main';
  const now = options.now ?? Date.now;
  const newId = monotonicFactory();
  const notFound = () => new NotFoundError('There is no comment with that id');
  const canRemove = (user: AuthUser, comment: Comment) =>
    comment.userId === user.sub || isModerator(user);
  /** The one place a new post is counted; replies will carry a parent and count `RepliesPosted` too. */
  const posted = (comment: Comment): CreateResult => {
    metrics.count('CommentsPosted');
    return { comment, replayed: false };
  };

  /** A replay finds the first request's comment; if that request died before storing it, store it now. */
  async function ensureStored(original: Comment): Promise<Comment> {
    const stored = (await repo.getVisible(original.id)) ?? (await repo.getHidden(original.id));
    if (stored) return stored;
    if (await repo.insert(original)) {
      // Hidden meanwhile (put before our insert)? Finish that hide instead of resurrecting it.
      if (await repo.getHidden(original.id)) await repo.removeVisible(original.id);
    }
    return original;
  }

  /** Inserts; an SDK retry of a put that did land finds its own comment, which counts as stored. */
  async function storedOnce(comment: Comment): Promise<boolean> {
    if (await repo.insert(comment)) return true;
    const existing = await repo.getVisible(comment.id);
    return (
      existing?.userId === comment.userId &&
      existing.createdAt === comment.createdAt &&
      existing.text === comment.text
    );
  }

  return {
    async list({ limit = DEFAULT_LIMIT, cursor } = {}) {
      const from = decodeCursor(board, cursor);
      const { items, hasMore } = await repo.listVisible(limit, from);
      return { items, ...pageCursors(board, from, items, hasMore) };
    },

    async create(user, input, idempotencyKey) {
      const text = parseCommentText(input.text);
      // The logical request (the form and the API both create a comment on this board).
      const hash = requestHash({ method: 'POST', path: `/${board}/comments`, fields: { text } });
      for (let attempt = 0; attempt < ID_ATTEMPTS; attempt += 1) {
        const time = now();
        const at = new Date(time).toISOString();
        const comment: Comment = {
          id: newId(time),
          userId: user.sub,
          username: user.username,
          text,
          createdAt: at,
          updatedAt: at,
        };
        if (!idempotencyKey) {
          if (await storedOnce(comment)) return posted(comment);
          continue; // id taken by another comment (same millisecond and random part): draw again
        }
        const nowSeconds = Math.floor(time / 1000);
        const expiresAt = nowSeconds + IDEMPOTENCY_WINDOW_SECONDS;
        const record = { comment, expiresAt, requestHash: hash };
        if (await idempotency.claim(user.sub, idempotencyKey, record, nowSeconds)) {
          // A new post: a rate limit would count here, after the claim, so replays never count.
          await repo.insert(comment); // false only if a concurrent repeat stored this very comment
          return posted(comment);
        }
        const earlier = await idempotency.find(user.sub, idempotencyKey);
        if (earlier && earlier.expiresAt > nowSeconds) {
          // Checked before anything is counted or stored: a replay is not a new post.
          if (!isSameRequest(earlier, hash, text)) throw keyReusedError();
          return { comment: await ensureStored(earlier.comment), replayed: true };
        }
      }
      throw new ServiceUnavailableError('Could not store the comment; please try again');
    },

    async get(user, id) {
      if (!isCommentId(id)) throw notFound();
      const visible = await repo.getVisible(id);
      if (visible) return visible;
      const hidden = isModerator(user) ? await repo.getHidden(id) : undefined;
      if (hidden) return hidden;
      throw notFound();
    },

    async remove(user, id) {
      if (!isCommentId(id)) throw notFound();
      const comment = await repo.getVisible(id);
      if (!comment) {
        if (isModerator(user) && (await repo.getHidden(id))) return;
        throw notFound();
      }
      if (!canRemove(user, comment)) {
        throw new ForbiddenError('Only its author or a moderator can delete this comment');
      }
      const reason = comment.userId === user.sub ? 'deleted' : 'hidden';
      await repo.hide(comment, { by: user.sub, at: new Date(now()).toISOString(), reason });
    },

    canRemove,
  };
}
