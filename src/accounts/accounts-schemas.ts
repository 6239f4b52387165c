import * as z from 'zod';
import type { ZodOpenApiPathsObject } from 'zod-openapi';
import { authField, newPasswordField } from '../auth/auth-fields';
import { Tokens } from '../auth/auth-schemas';
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
import { CommentSchema } from '../comments/comments-schemas';

/** `POST /api/auth/forgot-password` and its form. */
export const ForgotBody = z.object({ username: authField('username', 128) });
/** `POST /api/auth/reset-password` and its form. */
export const ResetBody = z.object({
  username: authField('username', 128),
  code: authField('code', 16),
  newPassword: newPasswordField('newPassword'),
});
/** `POST /api/auth/new-password` and its form: the first sign-in with a temporary password. */
export const NewPasswordBody = z.object({
  username: authField('username', 128),
  session: authField('session', 256).meta({ description: 'The `session` of the 403 from login' }),
  newPassword: newPasswordField('newPassword'),
});
/** `POST /api/me/password` and the account page's form. */
export const ChangePasswordBody = z.object({
  currentPassword: authField('currentPassword', 256, false),
  newPassword: newPasswordField('newPassword'),
});
/** `POST /api/me/delete` and its page: the password confirms it. */
export const DeleteAccountBody = z.object({ password: authField('password', 256, false) });

const json = (schema: z.ZodType) => ({ content: { 'application/json': { schema } } });
const badInput = (...codes: string[]) =>
  errorResponse('The body is not valid: the message names every bad field', [
    'validation_error',
    'invalid_json',
    ...codes,
  ]);
const publicErrors = { 405: methodNotAllowed, 503: serviceUnavailable, ...jsonBodyErrors };
const wrongPassword = errorResponse(
  'No valid bearer token, or the password is not right',
  ['unauthorized', 'invalid_credentials'],
  z.object({ 'WWW-Authenticate': z.string().meta({ description: 'The bearer challenge' }) }),
);

const Export = z.object({
  user: z.object({
    sub: z.string(),
    username: z.string(),
    email: z.string().nullable(),
    groups: z.array(z.string()),
    createdAt: z.string().nullable(),
  }),
  comments: z.array(CommentSchema),
  likes: z
    .array(z.object({ commentId: z.string(), board: z.string(), parentId: z.string().nullable() }))
    .meta({ description: 'The comments I like now' }),
});

/** Password reset, the first sign-in's new password, and the signed-in user's own account. */
export const accountsPaths: ZodOpenApiPathsObject = {
  '/api/auth/forgot-password': {
    post: {
      operationId: 'forgotPassword',
      tags: ['accounts'],
      summary: 'Send a reset code (202 whether or not the user exists)',
      requestBody: json(ForgotBody),
      responses: {
        202: emptyResponse('Accepted'),
        400: badInput(),
        429: tooManyRequests,
        ...publicErrors,
      },
    },
  },
  '/api/auth/reset-password': {
    post: {
      operationId: 'resetPassword',
      tags: ['accounts'],
      summary: 'Set a new password with the reset code',
      requestBody: json(ResetBody),
      responses: {
        204: emptyResponse('Password changed'),
        400: badInput('code_mismatch', 'expired_code', 'invalid_password', 'invalid_parameter'),
        429: tooManyRequests,
        ...publicErrors,
      },
    },
  },
  '/api/auth/new-password': {
    post: {
      operationId: 'completeNewPassword',
      tags: ['accounts'],
      summary: 'Choose a password on the first sign-in with a temporary one',
      requestBody: json(NewPasswordBody),
      responses: {
        200: jsonResponse('Signed in', Tokens),
        400: badInput('invalid_session', 'invalid_password', 'invalid_parameter'),
        429: tooManyRequests,
        ...publicErrors,
      },
    },
  },
  '/api/me/password': {
    post: {
      operationId: 'changePassword',
      tags: ['accounts'],
      summary: 'Change my password',
      security: BEARER,
      requestBody: json(ChangePasswordBody),
      responses: {
        204: emptyResponse('Changed'),
        400: badInput('invalid_password', 'invalid_parameter'),
        ...bearerErrors,
        401: wrongPassword,
        403: errorResponse('Banned', ['banned']),
        429: tooManyRequests,
        ...jsonBodyErrors,
      },
    },
  },
  '/api/me/export': {
    get: {
      operationId: 'exportMyData',
      tags: ['accounts'],
      summary: 'Everything I wrote (visible and hidden) and my account',
      security: BEARER,
      responses: { 200: jsonResponse('My data', Export), ...bearerErrors },
    },
  },
  '/api/me/delete': {
    post: {
      operationId: 'deleteMyAccount',
      tags: ['accounts'],
      summary: 'Delete my account and erase what I wrote',
      security: BEARER,
      requestBody: json(DeleteAccountBody),
      responses: {
        204: emptyResponse('Deleted'),
        400: badInput(),
        ...bearerErrors,
        401: wrongPassword,
        403: errorResponse('Banned', ['banned']),
        429: tooManyRequests,
        ...jsonBodyErrors,
      },
    },
  },
};
