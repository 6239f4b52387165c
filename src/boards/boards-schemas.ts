import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  BEARER,
  bearerErrors,
  errorResponse,
  jsonBodyErrors,
  jsonResponse,
  notFound,
  READER,
  readerErrors,
} from '../http/api-responses';
import { NewBoardBody } from './board';

/** A board as the API returns it. */
export const BoardSchema = z
  .object({
    slug: z.string().meta({ example: 'help-desk' }),
    title: z.string(),
    description: z.string(),
    visibility: z.enum(['members', 'public']),
    commentCount: z.number().int().meta({ description: 'Visible comments and replies' }),
    lastCommentAt: z.string().nullable().meta({ description: 'null until the first comment' }),
    createdAt: z.string(),
  })
  .meta({ id: 'Board' });

/** The boards API: list, read and (moderators) create boards. */
export const boardsPaths: ZodOpenApiPathsObject = {
  '/api/boards': {
    get: {
      operationId: 'listBoards',
      tags: ['boards'],
      summary: 'Every board, newest activity first (without a token: the public boards only)',
      security: READER,
      responses: {
        200: jsonResponse('The boards', z.object({ items: z.array(BoardSchema) })),
        ...readerErrors,
      },
    },
    post: {
      operationId: 'createBoard',
      tags: ['boards'],
      summary: 'Create a board (moderators)',
      security: BEARER,
      requestBody: { content: { 'application/json': { schema: NewBoardBody } } },
      responses: {
        201: jsonResponse('Created', BoardSchema, {
          headers: z.object({ Location: z.string().meta({ description: '`/api/boards/<slug>`' }) }),
        }),
        400: errorResponse('The message names every bad field', [
          'validation_error',
          'invalid_json',
        ]),
        403: errorResponse('Not a moderator, or banned', ['forbidden', 'banned']),
        409: errorResponse('A board with this slug exists', ['board_exists']),
        ...bearerErrors,
        ...jsonBodyErrors,
      },
    },
  },
  '/api/boards/{slug}': {
    get: {
      operationId: 'getBoard',
      tags: ['boards'],
      summary: 'One board (a public board also without a token)',
      security: READER,
      requestParams: { path: z.object({ slug: z.string().meta({ example: 'main' }) }) },
      responses: { 200: jsonResponse('The board', BoardSchema), 404: notFound, ...readerErrors },
    },
  },
};
