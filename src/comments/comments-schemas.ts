import * as z from 'zod';
import type { ZodOpenApiOperationObject, ZodOpenApiPathsObject } from 'zod-openapi';
import {
  BEARER,
  bearerErrors,
  emptyResponse,
  errorResponse,
  jsonBodyErrors,
  jsonResponse,
  notFound,
  notModified,
  READER,
  readerErrors,
} from '../http/api-responses';
import { COMMENT_ID_PATTERN } from './comment';
import {
  EditCommentBody,
  ListQuery,
  PostCommentBody,
  PostHeaders,
  RepliesQuery,
} from './comments-input-schemas';

const iso = z.string().meta({ format: 'date-time', example: '2026-11-25T21:04:05.123Z' });

/** A comment as every endpoint returns it: every field always present. */
export const CommentSchema = z
  .object({
    id: z.string().meta({ description: 'A ULID', example: '01JDQ7ZK3N4V8W2X5Y6Z7A8B9C' }),
    board: z.string().meta({ description: "The board's slug", example: 'main' }),
    parentId: z.string().nullable().meta({ description: 'null on a top-level comment' }),
    userId: z.string().nullable().meta({ description: 'null on a deleted placeholder' }),
    username: z.string().nullable(),
    text: z.string().meta({ description: 'Markdown source; "" on a placeholder' }),
    html: z.string().meta({ description: '`text` rendered on the server; "" on a placeholder' }),
    createdAt: iso,
    updatedAt: iso,
    editedAt: iso.nullable(),
    replyCount: z.number().int().meta({ description: 'Visible replies; 0 on replies' }),
    deleted: z
      .boolean()
      .meta({ description: 'True on the placeholder of a deleted comment with replies' }),
    likes: z.number().int(),
    likedByMe: z.boolean(),
    hidden: z
      .literal(true)
      .optional()
      .meta({ description: 'Moderators only: hidden by a moderator' }),
  })
  .meta({ id: 'Comment' });

const Page = z.object({
  items: z.array(CommentSchema),
  nextCursor: z.string().nullable().meta({ description: 'null on the last page' }),
  prevCursor: z.string().nullable().meta({ description: 'null on the first page' }),
});
const slugParam = z.object({ slug: z.string().meta({ example: 'main' }) });
const idParam = z.object({
  id: z.string().meta({ override: { pattern: COMMENT_ID_PATTERN.source } }),
});
const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });

const forbiddenWrite = errorResponse(
  'Not allowed: banned, or not this comment’s author (or a moderator)',
  ['forbidden', 'banned'],
);
const rateLimited = errorResponse(
  'Too many posts and edits in a short time',
  ['rate_limited'],
  z.object({ 'Retry-After': z.string().meta({ description: 'Seconds to wait' }) }),
);

const list = (board: boolean): ZodOpenApiOperationObject => ({
  operationId: board ? 'listBoardComments' : 'listComments',
  tags: ['comments'],
  summary: board
    ? "A board's top-level comments (public boards also without a token)"
    : "Board `main`'s top-level comments",
  security: READER,
  requestParams: {
    ...(board ? { path: slugParam } : {}),
    query: ListQuery,
    header: z.object({
      'if-none-match': z
        .string()
        .optional()
        .meta({ description: 'The ETag of a page read before: 304 while it is unchanged' }),
    }),
  },
  responses: {
    200: jsonResponse('One page', Page, {
      headers: z.object({
        ETag: z.string().meta({
          description:
            'Strong; changes when a comment on the page is added, edited, hidden or liked',
        }),
      }),
    }),
    304: notModified,
    400: errorResponse('A bad limit, cursor or sort', [
      'invalid_limit',
      'invalid_cursor',
      'invalid_sort',
    ]),
    404: notFound,
    ...readerErrors,
  },
});
const post = (board: boolean): ZodOpenApiOperationObject => ({
  operationId: board ? 'postBoardComment' : 'postComment',
  tags: ['comments'],
  summary: board ? 'Post a comment or reply on a board' : 'Post on board `main`',
  security: BEARER,
  requestParams: board ? { path: slugParam, header: PostHeaders } : { header: PostHeaders },
  requestBody: json(PostCommentBody),
  responses: {
    201: jsonResponse('Posted (or replayed: `Idempotent-Replayed: true`)', CommentSchema, {
      headers: z.object({
        Location: z.string().meta({ description: '`/api/comments/<id>`' }),
        'Idempotent-Replayed': z.literal('true').optional(),
      }),
    }),
    400: errorResponse('Bad text, parent, body or Idempotency-Key', [
      'validation_error',
      'invalid_json',
      'invalid_idempotency_key',
    ]),
    403: forbiddenWrite,
    404: notFound,
    422: errorResponse('This Idempotency-Key was used for a different request', [
      'idempotency_key_reused',
    ]),
    429: rateLimited,
    ...bearerErrors,
    ...jsonBodyErrors,
  },
});

/** The comments API: lists, posts, reads, edits, deletes, likes and replies. */
export const commentsPaths: ZodOpenApiPathsObject = {
  '/api/comments': { get: list(false), post: post(false) },
  '/api/boards/{slug}/comments': { get: list(true), post: post(true) },
  '/api/comments/{id}': {
    get: {
      operationId: 'getComment',
      tags: ['comments'],
      summary:
        'One comment of any board (hidden ones for moderators only; public boards also without a token)',
      security: READER,
      requestParams: { path: idParam },
      responses: {
        200: jsonResponse('The comment', CommentSchema),
        404: notFound,
        ...readerErrors,
      },
    },
    patch: {
      operationId: 'editComment',
      tags: ['comments'],
      summary: 'Edit your comment within the edit window',
      security: BEARER,
      requestParams: { path: idParam },
      requestBody: json(EditCommentBody),
      responses: {
        200: jsonResponse('Edited: `editedAt` and `updatedAt` set', CommentSchema),
        400: errorResponse('Bad text or body', ['validation_error', 'invalid_json']),
        403: errorResponse('Not the author, banned, or the edit window has closed', [
          'forbidden',
          'banned',
          'edit_window_closed',
        ]),
        404: notFound,
        429: rateLimited,
        ...bearerErrors,
        ...jsonBodyErrors,
      },
    },
    delete: {
      operationId: 'deleteComment',
      tags: ['comments'],
      summary: 'Delete your comment, or hide one as a moderator',
      security: BEARER,
      requestParams: { path: idParam },
      responses: {
        204: emptyResponse('Deleted'),
        403: forbiddenWrite,
        404: notFound,
        ...bearerErrors,
      },
    },
  },
  '/api/comments/{id}/like': Object.fromEntries(
    (['put', 'delete'] as const).map((method) => [
      method,
      {
        operationId: method === 'put' ? 'likeComment' : 'unlikeComment',
        tags: ['comments'],
        summary:
          method === 'put' ? 'Like a comment (idempotent)' : 'Take your like back (idempotent)',
        security: BEARER,
        requestParams: { path: idParam },
        responses: {
          200: jsonResponse(
            'The like count and your like',
            z.object({ likes: z.number().int(), likedByMe: z.boolean() }),
          ),
          403: errorResponse('Your own comment, or banned', ['own_comment', 'banned', 'forbidden']),
          404: notFound,
          ...bearerErrors,
        },
      } satisfies ZodOpenApiOperationObject,
    ]),
  ),
  '/api/comments/{id}/replies': {
    get: {
      operationId: 'listReplies',
      tags: ['comments'],
      summary: "A top-level comment's replies, oldest first (public boards also without a token)",
      security: READER,
      requestParams: { path: idParam, query: RepliesQuery },
      responses: {
        200: jsonResponse('One page', Page.omit({ prevCursor: true })),
        400: errorResponse('A bad limit or cursor', ['invalid_limit', 'invalid_cursor']),
        404: notFound,
        ...readerErrors,
      },
    },
  },
};
