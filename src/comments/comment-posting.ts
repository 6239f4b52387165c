import { monotonicFactory } from 'ulid';
import type { AuthUser } from '../auth/auth-user';
import type { WriteCheck } from '../auth/write-check';
import { MAIN_BOARD, isBoardSlug } from '../boards/board';
import type { BoardsRepository } from '../boards/boards-repository';
import { boardNotFound } from '../boards/boards-service';
import type { MetricsCounter } from '../http/business-metrics';
import type { Item } from '../storage/dynamo-table';
import { tableKeys } from '../storage/table-keys';
import type { Comment, CommentRecord } from './comment';
import { parseCommentText, parseParentId, unknownParentError } from './comment-validation';
import type { CommentsRepository } from './comments-repository';
import {
  isSameRequest,
  keyReusedError,
  requestHash,
  type IdempotencyStore,
} from './idempotency-store';

/** How long an Idempotency-Key is remembered per user. */
export const IDEMPOTENCY_WINDOW_SECONDS = 24 * 60 * 60;

/** The per-user limit on posts, replies and edits; throws a 429 when over it (built elsewhere). */
export interface RateLimit {
  take(userId: string, nowMs: number): Promise<void>;
}

/** The result of a create: the comment, and whether it is the earlier one of a repeated key. */
export interface CreateResult {
  comment: Comment;
  replayed: boolean;
}

/** What posting needs. */
export interface PostingDeps {
  repository: CommentsRepository;
  boards: BoardsRepository;
  idempotency: IdempotencyStore;
  now: () => number;
  rateLimit?: RateLimit;
  /** Counts each new post and reply (never a replay). */
  metrics?: MetricsCounter;
}

/** Where a reply goes: the top-level comment it is counted on, as just read when it was. */
interface Parent {
  topId: string;
  known?: CommentRecord;
}

/**
 * Creating comments and replies. The first call is one BatchGetItem of everything the write
 * needs to know (the user record for the write check, the board, the parent's pointer and item),
 * then idempotency, the rate limit, the comment with its pointer, the parent's counter and the
 * board's counter: at most six calls.
 */
export function createPosting(deps: PostingDeps) {
  const { repository: repo, boards, idempotency, now } = deps;
  const newId = monotonicFactory();

  /**
   * The comment first, then the counters (each counts an id once): a request that dies half-way
   * leaves a count behind, never ahead, and a replay that finds the comment stored counts nothing.
   */
  async function store(comment: Comment, parent?: Parent, boardItem?: Item): Promise<void> {
    await repo.insert(comment);
    const time = Date.parse(comment.createdAt);
    if (parent) {
      const outcome = await repo.addReply(
        comment.board,
        parent.topId,
        comment.id,
        time,
        parent.known,
      );
      if (outcome === 'gone') {
        await repo.remove(comment);
        throw unknownParentError();
      }
    }
    const counted = { id: comment.id, at: comment.createdAt, parentId: comment.parentId };
    await boards.countComment(comment.board, counted, boardItem);
  }

  /** A replay finds the first request's comment; if that request died before storing it, store it now. */
  async function ensureStored(original: Comment): Promise<Comment> {
    const found = await repo.lookup(original.id, { board: original.board });
    const stored = found.location && (found.complete ? found : await repo.readAt(found.location));
    if (stored?.visible || stored?.hidden) return stored.visible ?? original;
    await store(original, original.parentId ? { topId: original.parentId } : undefined);
    return original;
  }

  /** Validates and stores a comment or reply by `user` on `board` (see CommentsService.create). */
  return async function create(
    user: AuthUser,
    input: { text: unknown; parentId?: unknown },
    idempotencyKey?: string,
    options: { board?: string; writeCheck?: WriteCheck } = {},
  ): Promise<CreateResult> {
    const text = parseCommentText(input.text);
    const parentId = parseParentId(input.parentId);
    const slug = options.board ?? MAIN_BOARD;
    if (!isBoardSlug(slug)) throw boardNotFound();
    const check = options.writeCheck;
    const found = await repo.lookup(parentId ?? undefined, {
      board: slug,
      extra: [tableKeys.board(slug), ...(check ? [check.key] : [])],
    });
    check?.assert(found.extras[1]);
    const time = now();
    const at = new Date(time).toISOString();
    if (!(await boards.fromItem(slug, found.extras[0], at))) throw boardNotFound();
    let parent: Parent | undefined;
    if (parentId) {
      const location = found.location;
      if (!location || location.board !== slug) throw unknownParentError();
      // A reply to a reply goes under the same top-level comment.
      if (location.parentId) parent = { topId: location.parentId };
      else if (found.visible) parent = { topId: parentId, known: found.visible };
      else throw unknownParentError();
    }
    const comment: Comment = {
      id: newId(time),
      board: slug,
      parentId: parent?.topId ?? null,
      userId: user.sub,
      username: user.username,
      text,
      html: '',
      createdAt: at,
      updatedAt: at,
      editedAt: null,
      replyCount: 0,
      deleted: false,
      likes: 0,
      likedByMe: false,
    };
    if (idempotencyKey) {
      // The logical request (the form and the API both create a comment on this board).
      const fields: Record<string, string> = parentId ? { text, parentId } : { text };
      const hash = requestHash({ method: 'POST', path: `/${slug}/comments`, fields });
      const nowSeconds = Math.floor(time / 1000);
      const expiresAt = nowSeconds + IDEMPOTENCY_WINDOW_SECONDS;
      const record = { comment, expiresAt, requestHash: hash };
      if (!(await idempotency.claim(user.sub, idempotencyKey, record, nowSeconds))) {
        const earlier = await idempotency.find(user.sub, idempotencyKey);
        // Checked before anything is counted or stored: a replay is not a new post.
        if (earlier && !isSameRequest(earlier, hash, text)) throw keyReusedError();
        if (earlier) return { comment: await ensureStored(earlier.comment), replayed: true };
      }
    }
    // After the claim, so replays never count; a refused post gives its key up again, or its
    // replay would store the comment past the limit.
    try {
      await deps.rateLimit?.take(user.sub, time);
    } catch (error) {
      if (idempotencyKey) await idempotency.release(user.sub, idempotencyKey);
      throw error;
    }
    await store(comment, parent, found.extras[0]);
    // The one place a new post is counted (a reply counts as a comment and as a reply).
    deps.metrics?.count('CommentsPosted');
    if (comment.parentId) deps.metrics?.count('RepliesPosted');
    return { comment, replayed: false };
  };
}
