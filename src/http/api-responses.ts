import * as z from 'zod';
import type { ZodOpenApiResponseObject } from 'zod-openapi';

/** The body of every `/api` error: a stable machine code and a message a person can act on. */
export function errorBody(codes: [string, ...string[]]) {
  return z.object({
    error: z.object({
      code: z
        .enum(codes)
        .meta({ description: 'Stable machine code; switch on this, not on the message' }),
      message: z.string().meta({ description: 'What went wrong and what to do, for people' }),
    }),
  });
}

/** The error envelope every `/api` path answers with, whatever the code (a registered component). */
export const ErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .meta({ id: 'Error', description: 'Any /api error: `{"error":{"code","message"}}`' });

const header = (description: string) => z.string().meta({ description });

/** A JSON response of `schema`, with an example and optional headers. */
export function jsonResponse(
  description: string,
  schema: z.ZodType,
  options: { headers?: z.ZodObject; example?: unknown } = {},
): ZodOpenApiResponseObject {
  const media = options.example === undefined ? { schema } : { schema, example: options.example };
  return { description, headers: options.headers, content: { 'application/json': media } };
}

/** An error response naming the codes this operation can answer with this status. */
export function errorResponse(
  description: string,
  codes: [string, ...string[]],
  headers?: z.ZodObject,
): ZodOpenApiResponseObject {
  const example = { error: { code: codes[0], message: description } };
  return jsonResponse(description, errorBody(codes), { headers, example });
}

/** A response without a body (204, 202). */
export function emptyResponse(description: string): ZodOpenApiResponseObject {
  return { description };
}

/** 401 with the RFC 6750 challenge: no, invalid or expired bearer token (or one signed out). */
export const unauthorized: ZodOpenApiResponseObject = {
  ...errorResponse(
    'No valid bearer token (missing, invalid, expired, or issued before a sign-out)',
    ['unauthorized'],
    z.object({
      'WWW-Authenticate': header(
        '`Bearer realm="comment-board"`, with `error="invalid_token"` for a bad token',
      ),
    }),
  ),
  id: 'Unauthorized',
};

/** 405, shared by every path: the path exists, but not for this method. */
export const methodNotAllowed: ZodOpenApiResponseObject = {
  ...errorResponse(
    'This path does not take this method; `Allow` lists the ones it takes',
    ['method_not_allowed'],
    z.object({ Allow: header('The methods this path takes, e.g. `GET, HEAD, POST`') }),
  ),
  id: 'MethodNotAllowed',
};

/** 413: the body is larger than the longest comment needs. */
export const payloadTooLarge: ZodOpenApiResponseObject = {
  ...errorResponse('The body is larger than 26,048 bytes', ['payload_too_large']),
  id: 'PayloadTooLarge',
};

/** 415: a non-empty body that is not JSON (or an unknown charset). */
export const unsupportedMediaType: ZodOpenApiResponseObject = {
  ...errorResponse('Send the body as application/json (UTF-8)', ['unsupported_media_type']),
  id: 'UnsupportedMediaType',
};

/** 503: DynamoDB, Cognito or the signing keys cannot be reached, or throttle. */
export const serviceUnavailable: ZodOpenApiResponseObject = {
  ...errorResponse(
    'A dependency (DynamoDB, Cognito, the signing keys) is unreachable or throttling; try again',
    ['service_unavailable'],
    z.object({ 'Retry-After': header('Seconds to wait, when DynamoDB throttles').optional() }),
  ),
  id: 'ServiceUnavailable',
};

/** 404 of an unknown `/api` path (also shared by operations whose target can be missing). */
export const notFound: ZodOpenApiResponseObject = {
  ...errorResponse('Nothing at this address', ['not_found']),
  id: 'NotFound',
};

/** 429 from Cognito's own limits (sign-in, sign-up, reset). */
export const tooManyRequests: ZodOpenApiResponseObject = {
  ...errorResponse('Cognito asks to slow down (or has locked the account for a while)', [
    'too_many_requests',
  ]),
  id: 'TooManyRequests',
};

/** The bearer scheme: Cognito's access token or ID token. */
export const BEARER = [{ bearerAuth: [] }];

/** Reads a signed-out caller may make (public boards): no token at all, or a valid bearer token. */
export const READER: Record<string, string[]>[] = [{}, { bearerAuth: [] }];

/** 401 of a read a signed-out caller may make: the board is members-only (or unknown), or a bad token. */
export const readerUnauthorized: ZodOpenApiResponseObject = {
  ...unauthorized,
  id: 'ReaderUnauthorized',
  description:
    'Signed out (no Authorization header) on a members-only or unknown board; or a token that is not valid (never read as signed out)',
};

/** What every read that a signed-out caller may make can also answer. */
export const readerErrors = { ...bearerErrorsOf(readerUnauthorized) } as const;

/** 304 of a conditional GET: If-None-Match matched the current ETag; no body. */
export const notModified: ZodOpenApiResponseObject = {
  description: 'Not modified: If-None-Match matched the current ETag (no body)',
};

/** What every operation that reads a JSON body can also answer. */
export const jsonBodyErrors = { 413: payloadTooLarge, 415: unsupportedMediaType } as const;

/** The 401, 405 and 503 of an operation, with the given 401. */
function bearerErrorsOf(status401: ZodOpenApiResponseObject) {
  return { 401: status401, 405: methodNotAllowed, 503: serviceUnavailable } as const;
}

/** What every bearer operation can also answer. */
export const bearerErrors = bearerErrorsOf(unauthorized);
