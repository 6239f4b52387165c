import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { CommentSchema } from '../comments/comments-schemas';
import {
  BEARER,
  bearerErrors,
  emptyResponse,
  errorResponse,
  jsonBodyErrors,
  jsonResponse,
  notFound,
} from '../http/api-responses';
import { MAX_KEPT_REASONS, ReportBody } from './report';

/** One reported comment in the moderators' queue. */
export const ReportedCommentSchema = z
  .object({
    comment: CommentSchema,
    reports: z
      .number()
      .int()
      .meta({ description: 'Users who reported it since its last dismissal' }),
    reasons: z
      .array(z.string())
      .max(MAX_KEPT_REASONS)
      .meta({ description: `The newest reasons first, at most ${MAX_KEPT_REASONS}` }),
    lastReportedAt: z.string().meta({ format: 'date-time' }),
  })
  .meta({ id: 'ReportedComment' });

const commentId = z.object({ id: z.string() });
const notModerator = errorResponse('Only moderators see and manage reports', ['forbidden']);

/** Reporting a comment, and the moderators' queue of reported comments. */
export const reportsPaths: ZodOpenApiPathsObject = {
  '/api/comments/{id}/report': {
    post: {
      operationId: 'reportComment',
      tags: ['moderation'],
      summary: 'Report a comment to the moderators (one report per user per comment)',
      security: BEARER,
      requestParams: { path: commentId },
      requestBody: { content: { 'application/json': { schema: ReportBody } } },
      responses: {
        202: emptyResponse('Reported (a repeat is accepted and counted once)'),
        400: errorResponse('A missing, empty or too long reason', [
          'validation_error',
          'invalid_json',
        ]),
        403: errorResponse('Your own comment, or banned', ['own_comment', 'banned']),
        404: notFound,
        ...bearerErrors,
        ...jsonBodyErrors,
      },
    },
  },
  '/api/moderation/reports': {
    get: {
      operationId: 'listReports',
      tags: ['moderation'],
      summary: 'The moderation queue, most recently reported first (moderators)',
      security: BEARER,
      requestParams: {
        query: z.object({
          cursor: z.string().optional().meta({ description: 'nextCursor of a previous page' }),
        }),
      },
      responses: {
        200: jsonResponse(
          'One page of 20',
          z.object({
            items: z.array(ReportedCommentSchema),
            nextCursor: z.string().nullable().meta({ description: 'null on the last page' }),
          }),
        ),
        400: errorResponse('A cursor that is not one of ours', ['invalid_cursor']),
        403: notModerator,
        ...bearerErrors,
      },
    },
  },
  '/api/moderation/reports/{commentId}/dismiss': {
    post: {
      operationId: 'dismissReports',
      tags: ['moderation'],
      summary: "Clear a comment's reports and take it off the queue (moderators)",
      security: BEARER,
      requestParams: { path: z.object({ commentId: z.string() }) },
      responses: {
        204: emptyResponse('Dismissed'),
        403: errorResponse('Not a moderator, or banned', ['forbidden', 'banned']),
        404: notFound,
        ...bearerErrors,
      },
    },
  },
};
