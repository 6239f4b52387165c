import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import {
  BEARER,
  bearerErrors,
  emptyResponse,
  errorResponse,
  jsonBodyErrors,
  jsonResponse,
} from '../http/api-responses';
import { BanBody } from './ban';

/** A ban in force. */
export const BanSchema = z
  .object({
    username: z.string(),
    reason: z.string(),
    bannedBy: z.string(),
    createdAt: z.string(),
    endsAt: z.string().nullable().meta({ description: 'null for a permanent ban' }),
  })
  .meta({ id: 'Ban' });

const notModerator = errorResponse('Only moderators manage bans', ['forbidden', 'banned']);
const unknownUser = errorResponse('No user by that name', ['user_not_found']);

/** The moderators' API: bans. */
export const moderationPaths: ZodOpenApiPathsObject = {
  '/api/moderation/bans': {
    get: {
      operationId: 'listBans',
      tags: ['moderation'],
      summary: 'The bans in force, newest first (moderators)',
      security: BEARER,
      responses: {
        200: jsonResponse('The bans', z.object({ items: z.array(BanSchema) })),
        403: notModerator,
        ...bearerErrors,
      },
    },
    post: {
      operationId: 'banUser',
      tags: ['moderation'],
      summary: 'Ban a user from writing (moderators)',
      security: BEARER,
      requestBody: { content: { 'application/json': { schema: BanBody } } },
      responses: {
        201: jsonResponse('Banned', BanSchema),
        400: errorResponse('The message names every bad field', [
          'validation_error',
          'invalid_json',
        ]),
        403: errorResponse('Not a moderator; yourself; or another moderator', [
          'forbidden',
          'banned',
          'cannot_ban_self',
          'cannot_ban_moderator',
        ]),
        404: unknownUser,
        ...bearerErrors,
        ...jsonBodyErrors,
      },
    },
  },
  '/api/moderation/bans/{username}': {
    delete: {
      operationId: 'unbanUser',
      tags: ['moderation'],
      summary: 'Lift a ban (moderators); a user who is not banned is no error',
      security: BEARER,
      requestParams: { path: z.object({ username: z.string() }) },
      responses: {
        204: emptyResponse('Not banned (any more)'),
        403: notModerator,
        404: unknownUser,
        ...bearerErrors,
      },
    },
  },
};
