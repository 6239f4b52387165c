import type { AuthUser } from '../auth/auth-user';
import type { CognitoAccountClient } from '../auth/cognito-account-client';
import type { PresentedToken } from '../auth/presented-token';
import { toPublicComment, type Comment, type CommentRecord } from '../comments/comment';
import type { CommentsRepository } from '../comments/comments-repository';
import type { Item } from '../storage/dynamo-table';
import type { UserRecords } from '../storage/user-records';

/** The signed-in user as the guard found them, with the token it accepted (for Cognito's GetUser). */
export type AccountHolder = PresentedToken;

/** One of my comments as the account page lists it. */
export type MyComment = Comment & { hiddenReason?: 'hidden' | 'deleted' };

/** What the account page shows; `email` undefined when Cognito could not be asked. */
export interface AccountOverview {
  user: AuthUser;
  email?: string;
  /** First seen (ISO 8601), from the user record; undefined before the record is written. */
  createdAt?: string;
  recentComments: MyComment[];
}

/** Everything the app holds about me: the API's comment shape, `hidden: true` when not listed. */
export interface AccountExport {
  user: {
    sub: string;
    username: string;
    email: string | null;
    groups: string[];
    createdAt: string | null;
  };
  comments: Array<Comment & { hidden?: true }>;
  /** The comments I like (not those I liked and took back), in no particular order. */
  likes: Array<{ commentId: string; board: string; parentId: string | null }>;
}

/** What the account service needs; built once per cold start in dependencies.ts. */
export interface MyAccountDeps {
  cognito: Pick<CognitoAccountClient, 'changePassword' | 'getUser'>;
  users: Pick<UserRecords, 'get'>;
  comments: Pick<CommentsRepository, 'listByAuthor' | 'listLikes'>;
  /** Comments per author-index Query in an export (tests make it small to cross pages). */
  exportPageSize?: number;
  /** The comments' `html` from their text (the Markdown renderer); a placeholder has none. */
  render: (text: string) => string;
}

/** The signed-in user's own account: overview, password change, export. Never sees req/res. */
export interface MyAccountService {
  /** The page's data: 1 GetItem, 1 Query of the author index, and GetUser unless an ID token has the email. */
  overview(holder: AccountHolder, recent?: number): Promise<AccountOverview>;
  /** Checks the current password (a sign-in), then changes it; input already validated. */
  changePassword(
    user: AuthUser,
    input: { currentPassword: string; newPassword: string },
  ): Promise<void>;
  /**
   * Every comment I wrote (visible and hidden), newest first, every page of the author index; and
   * every comment I like, every page of my likes partition.
   */
  exportData(holder: AccountHolder): Promise<AccountExport>;
}

/** Index page size for the export: many comments per Query, well under the 1 MB page limit. */
const EXPORT_PAGE = 200;

/**
 * Drops the second copy of a comment caught half-way through hiding (put hidden, then delete
 * visible): both carry the same id; the hidden one is the truth.
 */
function oneCopyEach(records: CommentRecord[]): CommentRecord[] {
  const byId = new Map<string, CommentRecord>();
  for (const record of records) {
    const seen = byId.get(record.id);
    if (!seen || (!seen.hidden && record.hidden)) byId.set(record.id, record);
  }
  return [...byId.values()];
}

const isoOf = (epochSeconds: number | undefined) =>
  epochSeconds ? new Date(epochSeconds * 1000).toISOString() : undefined;

/** Builds the service over the user pool, the user records and the comments' author index. */
export function createMyAccountService(deps: MyAccountDeps): MyAccountService {
  const publicOf = (comment: CommentRecord) =>
    toPublicComment({ ...comment, html: comment.deleted ? '' : deps.render(comment.text) });
  const emailOf = async ({ token, verified }: AccountHolder): Promise<string | undefined> => {
    if (verified.email) return verified.email;
    // An ID token without the claim has no email to give; only an access token can ask GetUser.
    if (verified.tokenUse !== 'access') return undefined;
    return (await deps.cognito.getUser(token)).email;
  };
  const likesOf = async (sub: string) => {
    const likes: AccountExport['likes'] = [];
    let startKey: Item | undefined;
    do {
      const limit = deps.exportPageSize ?? EXPORT_PAGE;
      const page = await deps.comments.listLikes(sub, { limit, startKey });
      for (const like of page.items.filter((item) => item.liked)) {
        likes.push({ commentId: like.commentId, ...like.location });
      }
      startKey = page.lastKey;
    } while (startKey);
    return likes;
  };
  return {
    async overview(holder, recent = 10) {
      const [record, page, email] = await Promise.all([
        deps.users.get(holder.verified.user.sub),
        deps.comments.listByAuthor(holder.verified.user.sub, { limit: recent }),
        // The page still shows everything else when Cognito is down; the view says so.
        emailOf(holder).catch(() => undefined),
      ]);
      return {
        user: holder.verified.user,
        email,
        createdAt: isoOf(record?.createdAt),
        recentComments: oneCopyEach(page.items).map((comment) => ({
          ...publicOf(comment),
          ...(comment.hidden ? { hiddenReason: comment.hidden.reason } : {}),
        })),
      };
    },
    changePassword: (user, { currentPassword, newPassword }) =>
      deps.cognito.changePassword(user.username, currentPassword, newPassword),
    async exportData(holder) {
      const { user } = holder.verified;
      const [record, email, likes] = await Promise.all([
        deps.users.get(user.sub),
        emailOf(holder),
        likesOf(user.sub),
      ]);
      const records: CommentRecord[] = [];
      let startKey: Item | undefined;
      do {
        const limit = deps.exportPageSize ?? EXPORT_PAGE;
        const page = await deps.comments.listByAuthor(user.sub, { limit, startKey });
        records.push(...page.items);
        startKey = page.lastKey;
      } while (startKey);
      return {
        user: {
          sub: user.sub,
          username: user.username,
          email: email ?? null,
          groups: user.groups,
          createdAt: isoOf(record?.createdAt) ?? null,
        },
        comments: oneCopyEach(records).map((comment) =>
          comment.hidden ? { ...publicOf(comment), hidden: true as const } : publicOf(comment),
        ),
        likes,
      };
    },
  };
}
