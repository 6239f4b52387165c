import * as z from 'zod';
import { createDocument, type ZodOpenApiPathsObject } from 'zod-openapi';
import { accountsPaths } from '../accounts/accounts-schemas';
import { authPaths } from '../auth/auth-schemas';
import { boardsPaths } from '../boards/boards-schemas';
import { commentsPaths } from '../comments/comments-schemas';
import { ErrorSchema, jsonResponse, methodNotAllowed } from '../http/api-responses';
import { moderationPaths } from '../moderation/moderation-schemas';
import { reportsPaths } from '../moderation/reports-schemas';

/** The document's own paths: the contract itself and its readable page. */
const contractPaths: ZodOpenApiPathsObject = {
  '/api/openapi.json': {
    get: {
      operationId: 'getOpenApiDocument',
      tags: ['contract'],
      summary: 'This document (no token; cacheable)',
      responses: {
        200: jsonResponse(
          'The OpenAPI 3.1 document',
          z.object({ openapi: z.string() }).catchall(z.unknown()),
          {
            headers: z.object({
              ETag: z.string().meta({ description: 'Send it back as If-None-Match' }),
            }),
          },
        ),
        304: { description: 'Not modified (If-None-Match matched the ETag)' },
        405: methodNotAllowed,
      },
    },
  },
  '/api/docs': {
    get: {
      operationId: 'getApiReference',
      tags: ['contract'],
      summary: 'This document as a readable page (HTML, no token)',
      responses: {
        200: {
          description: 'The reference page',
          content: { 'text/html': { schema: z.string() } },
        },
        405: methodNotAllowed,
      },
    },
  },
};

/** Every `/api` operation the app serves, one entry per capability's schema module. */
export const apiPaths: ZodOpenApiPathsObject = {
  ...authPaths,
  ...accountsPaths,
  ...boardsPaths,
  ...commentsPaths,
  ...moderationPaths,
  ...reportsPaths,
  ...contractPaths,
};

/** An OpenAPI 3.1 document. */
export type OpenApiDocument = ReturnType<typeof createDocument>;

/** Builds the OpenAPI 3.1 document from the same schemas the routers validate with. */
export function createOpenApiDocument(): OpenApiDocument {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Comment Board API',
      version: '1.0.0',
      description:
        'The JSON API of the comment board. Errors are `{"error":{"code","message"}}`; switch on `code`. Every path answers other methods with `405` and an `Allow` header; CORS preflights (`OPTIONS`) are answered for the origins in `ALLOWED_ORIGINS`.',
    },
    servers: [{ url: '/', description: 'This site (behind a REST API stage, prefix `/<stage>`)' }],
    tags: [
      { name: 'auth', description: 'Sign-in, tokens, sign-up' },
      { name: 'accounts', description: 'Passwords, export, deletion' },
      { name: 'boards' },
      { name: 'comments', description: 'Comments, replies, edits, likes' },
      { name: 'moderation', description: 'Moderators only' },
      { name: 'contract', description: 'This document' },
    ],
    paths: apiPaths,
    components: {
      // Also what an unknown /api path answers (404, and 400/413/415 when its body cannot be read).
      schemas: { Error: ErrorSchema },
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The accessToken (or idToken) of `POST /api/auth/login`',
        },
      },
    },
  });
}
