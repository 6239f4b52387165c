import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

/**
 * Sparse GSI of every comment by its author (`userId`, then the time-ordered `id`), visible and
 * hidden alike: "my comments" (account page, export, erasure) without a scan and without an extra
 * call per post. Only comment items carry a top-level `userId`; nothing else may, or it joins the
 * index. Eventually consistent (AWS refuses ConsistentRead on a GSI).
 */
export const AUTHOR_INDEX = 'byAuthor';

/**
 * Sparse GSI of each board's visible top-level comments by likes (`topBoard` = slug, `topKey` =
 * zero-padded likes + `#` + id): "top" listings, most likes first and ties newest first, one Query
 * per page. Only visible top-level comments carry `topBoard`. Eventually consistent.
 */
export const TOP_INDEX = 'byTop';

/** Digits of the like count in `topKey` (string order = number order). */
const TOP_DIGITS = 10;

/** The sort key of a comment in the "top" index. */
export function topKeyOf(likes: number, id: string): string {
  return `${String(Math.max(0, likes)).padStart(TOP_DIGITS, '0')}#${id}`;
}

/** The shape of a `topKey` (checked before one reaches a Query through a cursor). */
export const TOP_KEY_PATTERN = /^\d{10}#[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

/**
 * The table's key schema (partition `board`, sort `id`, both strings); serverless.yml declares the
 * same for AWS. The attribute names are historical: `board` is the partition key of every item kind.
 */
export function commentsTableDefinition(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [
      { AttributeName: 'board', AttributeType: 'S' },
      { AttributeName: 'id', AttributeType: 'S' },
      { AttributeName: 'userId', AttributeType: 'S' },
      { AttributeName: 'topBoard', AttributeType: 'S' },
      { AttributeName: 'topKey', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'board', KeyType: 'HASH' },
      { AttributeName: 'id', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: AUTHOR_INDEX,
        KeySchema: [
          { AttributeName: 'userId', KeyType: 'HASH' },
          { AttributeName: 'id', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
      {
        IndexName: TOP_INDEX,
        KeySchema: [
          { AttributeName: 'topBoard', KeyType: 'HASH' },
          { AttributeName: 'topKey', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  };
}

/** A full item key. */
export type TableKey = { board: string; id: string };

/** Attribute DynamoDB's TTL purges items by (epoch seconds); expiry itself is checked in code. */
export const TTL_ATTRIBUTE = 'expiresAt';

/**
 * Every item collection in the one table, in one place (the data model):
 * | item | board (partition) | id (sort) |
 * |---|---|---|
 * | board (its `newest` map: the ids of its newest comments and replies, boards/board-newest.ts) | `meta#boards` | `<slug>` |
 * | visible top-level comment (or its deleted placeholder) | `<slug>` | `<time-ordered comment id>` |
 * | visible reply | `thread#<top-level id>` | `<reply id>` |
 * | hidden comment or reply | `<slug>#hidden` | `<comment id>` |
 * | pointer from an id to its board (none on legacy `main` comments) | `ref#<comment id>` | `ref` |
 * | idempotency record | `idem#<userId>` | `<Idempotency-Key>` |
 * | new-password challenge | `challenge#<handle>` | `challenge` |
 * | user record (a tombstone once the account is deleted) | `user#<sub>` | `user` |
 * | refresh token revoked by a sign-out | `revoked#<sha256 of the token>` | `refresh` |
 * | rate-limit counter of one window | `rate#<scope>#<userId>` | `<window start, epoch seconds>` |
 * | username → sub pointer (lower-cased name) | `uname#<username>` | `user` |
 * | ban list entry (the ban itself is on the user record) | `meta#bans` | `<sub>` |
 * | one user's like of one comment (`liked` true/false, the comment's slug and parent) | `likes#<sub>` | `<comment id>` |
 * | one user's report of one comment (reason, time, the comment's slug and parent) | `reports#<sub>` | `<comment id>` |
 * | a reported comment's summary (count, newest reasons, its current queue key) | `reported#<comment id>` | `summary` |
 * | a reported comment's place in the moderation queue | `meta#reports` | `<lastReportedAt ISO>#<comment id>` |
 *
 * | index | partition | sort | holds |
 * |---|---|---|---|
 * | `byAuthor` (GSI) | `userId` | `id` | every comment (visible or hidden) by its author |
 * | `byTop` (GSI) | `topBoard` | `topKey` | each board's visible top-level comments by likes |
 */
export const tableKeys = {
  /** Partition of every board record (one Query lists them; slugs hold no `#`, so no clash). */
  boards: 'meta#boards',
  /** One board's record. */
  board: (slug: string): TableKey => ({ board: 'meta#boards', id: slug }),
  /** Partition of a board's visible top-level comments (queried newest first). */
  visibleComments: (board: string): string => board,
  /** Partition of the visible replies under one top-level comment (queried oldest first). */
  thread: (topId: string): string => `thread#${topId}`,
  /** Where an id finds its board and parent: written with the comment, read with `ConsistentRead`. */
  ref: (id: string): TableKey => ({ board: `ref#${id}`, id: 'ref' }),
  /** Partition of a board's comments hidden by moderators, kept apart so listings skip them. */
  hiddenComments: (board: string): string => `${board}#hidden`,
  /** Partition of one user's idempotency records. */
  idempotencyRecords: (userId: string): string => `idem#${userId}`,
  /** One idempotency record of one user. */
  idempotency: (userId: string, key: string): TableKey => ({
    board: tableKeys.idempotencyRecords(userId),
    id: key,
  }),
  /** One pending NEW_PASSWORD_REQUIRED challenge, by the app's random handle. */
  challenge: (handle: string): TableKey => ({ board: `challenge#${handle}`, id: 'challenge' }),
  /** One user's record (first seen, groups, the tokens-revoked-before marker), by Cognito `sub`. */
  user: (sub: string): TableKey => ({ board: `user#${sub}`, id: 'user' }),
  /** Which `sub` a (lower-cased) username belongs to: written at every sign-up and sign-in. */
  username: (lower: string): TableKey => ({ board: `uname#${lower}`, id: 'user' }),
  /** Partition of the ban list (slugs hold no `#`, so no board clashes with it). */
  bans: 'meta#bans',
  /** One user's entry in the ban list. */
  ban: (sub: string): TableKey => ({ board: 'meta#bans', id: sub }),
  /** A refresh token signed out here, by the hash of the token (never the token itself). */
  revokedRefresh: (hash: string): TableKey => ({ board: `revoked#${hash}`, id: 'refresh' }),
  /** Partition of one user's likes: "liked by me" reads by key, erasure by one Query per page. */
  likes: (sub: string): string => `likes#${sub}`,
  /** One user's like of one comment (kept with `liked: false` after an unlike: see comment-likes.ts). */
  like: (sub: string, commentId: string): TableKey => ({ board: `likes#${sub}`, id: commentId }),
  /** Partition of one user's reports (erasure: one Query per page). */
  reports: (sub: string): string => `reports#${sub}`,
  /** One user's report of one comment: its existence makes a repeat report count once. */
  report: (sub: string, commentId: string): TableKey => ({
    board: `reports#${sub}`,
    id: commentId,
  }),
  /** The report summary of one comment; read with the comment's lookup, so it costs no call. */
  reportSummary: (commentId: string): TableKey => ({
    board: `reported#${commentId}`,
    id: 'summary',
  }),
  /** Partition of the moderation queue, newest report last in sort order (queried descending). */
  reportQueue: 'meta#reports',
  /** One comment's entry in the moderation queue. */
  reportQueueEntry: (entryKey: string): TableKey => ({ board: 'meta#reports', id: entryKey }),
  /** One user's counter for one fixed window of one limit (`scope`, e.g. `post`). */
  rateLimit: (scope: string, userId: string, windowStartSeconds: number): TableKey => ({
    board: `rate#${scope}#${userId}`,
    id: String(windowStartSeconds),
  }),
};
