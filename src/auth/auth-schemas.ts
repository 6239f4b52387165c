import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { ConfirmBody, CredentialsBody, RefreshBody, SignUpBody } from './auth-fields';
import {
  BEARER,
  bearerErrors,
  emptyResponse,
  errorResponse,
  jsonBodyErrors,
  jsonResponse,
  methodNotAllowed,
  serviceUnavailable,
  tooManyRequests,
} from '../http/api-responses';

/** Tokens as login, refresh and new-password answer them. */
export const Tokens = z
  .object({
    accessToken: z.string(),
    idToken: z.string(),
    refreshToken: z
      .string()
      .meta({ description: 'Not sent by refresh: the refresh token stays the same' }),
    expiresIn: z.number().int().meta({ description: "Seconds until the access token's own `exp`" }),
    tokenType: z.literal('Bearer'),
  })
  .meta({ id: 'Tokens' });

const Me = z.object({ sub: z.string(), username: z.string(), groups: z.array(z.string()) });

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const badInput = (...codes: string[]) =>
  errorResponse('The body is not valid: the message names every bad field', [
    'validation_error',
    'invalid_json',
    ...codes,
  ]);
const badCredentials = errorResponse('Wrong username or password (the same for an unknown user)', [
  'invalid_credentials',
]);
const publicErrors = { 405: methodNotAllowed, 503: serviceUnavailable, ...jsonBodyErrors };

/** The auth API: sign-in, refresh, sign-out, sign-up, confirm, and who the token belongs to. */
export const authPaths: ZodOpenApiPathsObject = {
  '/api/auth/login': {
    post: {
      operationId: 'login',
      tags: ['auth'],
      summary: 'Sign in with a username and password',
      requestBody: json(CredentialsBody),
      responses: {
        200: jsonResponse('Signed in', Tokens),
        400: badInput('invalid_parameter'),
        401: badCredentials,
        403: jsonResponse(
          'Not allowed to sign in yet: unconfirmed, reset required, or a temporary password (then `session` is the handle for `POST /api/auth/new-password`)',
          z.object({
            error: z.object({
              code: z.enum([
                'user_not_confirmed',
                'password_reset_required',
                'new_password_required',
                'banned',
                'forbidden',
              ]),
              message: z.string(),
              session: z.string().optional(),
            }),
          }),
        ),
        429: tooManyRequests,
        ...publicErrors,
      },
    },
  },
  '/api/auth/refresh': {
    post: {
      operationId: 'refresh',
      tags: ['auth'],
      summary: 'New access and ID tokens from a refresh token',
      requestBody: json(RefreshBody),
      responses: {
        200: jsonResponse('New tokens (no refreshToken)', Tokens.omit({ refreshToken: true })),
        400: badInput(),
        401: errorResponse('The refresh token is invalid, expired or signed out', [
          'invalid_refresh_token',
        ]),
        429: tooManyRequests,
        ...publicErrors,
      },
    },
  },
  '/api/auth/logout': {
    post: {
      operationId: 'logout',
      tags: ['auth'],
      summary: 'Sign out: revoke the refresh token and every earlier token for writes',
      security: BEARER,
      requestBody: json(RefreshBody),
      responses: {
        204: emptyResponse('Signed out (also when Cognito could not revoke the token there)'),
        400: badInput(),
        ...bearerErrors,
        ...jsonBodyErrors,
      },
    },
  },
  '/api/auth/signup': {
    post: {
      operationId: 'signUp',
      tags: ['auth'],
      summary: 'Create an account; a code is sent to confirm it',
      requestBody: json(SignUpBody),
      responses: {
        201: jsonResponse('Account created', z.object({ userConfirmed: z.boolean() })),
        400: badInput('invalid_username', 'invalid_password', 'invalid_parameter'),
        409: errorResponse('That username is taken', ['username_exists']),
        429: tooManyRequests,
        ...publicErrors,
      },
    },
  },
  '/api/auth/confirm': {
    post: {
      operationId: 'confirmSignUp',
      tags: ['auth'],
      summary: 'Confirm a new account with the code it was sent',
      requestBody: json(ConfirmBody),
      responses: {
        204: emptyResponse('Confirmed: the account can sign in'),
        400: badInput('code_mismatch', 'expired_code', 'invalid_parameter'),
        429: tooManyRequests,
        ...publicErrors,
      },
    },
  },
  '/api/me': {
    get: {
      operationId: 'getMe',
      tags: ['auth'],
      summary: "The token's user",
      security: BEARER,
      responses: {
        200: jsonResponse('The signed-in user', Me, {
          example: { sub: '3f1c…', username: 'demo', groups: [] },
        }),
        ...bearerErrors,
      },
    },
  },
};
