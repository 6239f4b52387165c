/** Options every AppError accepts: the underlying cause, extra response headers, page words. */
export interface AppErrorOptions {
  cause?: unknown;
  headers?: Record<string, string>;
  /** What an HTML page says: a sentence for people, where `message` is for API clients. */
  pageMessage?: string;
}

/** An error the client may see: its status, a stable machine code and a human message. */
export class AppError extends Error {
  readonly headers: Record<string, string>;
  readonly pageMessage?: string;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    options: AppErrorOptions = {},
  ) {
    super(message, { cause: options.cause });
    this.name = new.target.name;
    this.headers = options.headers ?? {};
    this.pageMessage = options.pageMessage;
  }
}

/** 400: the request's content is invalid; `code` says which rule it broke. */
export class ValidationError extends AppError {
  constructor(message: string, code = 'validation_error', options?: AppErrorOptions) {
    super(400, code, message, options);
  }
}

/** 401: no valid credentials; carries the RFC 6750 challenge for bearer clients. */
export class UnauthorizedError extends AppError {
  constructor(
    message = 'Authentication required',
    code = 'unauthorized',
    options?: AppErrorOptions,
  ) {
    super(401, code, message, options);
  }
}

/** 403: authenticated but not allowed. */
export class ForbiddenError extends AppError {
  constructor(
    message = 'You are not allowed to do that',
    code = 'forbidden',
    options?: AppErrorOptions,
  ) {
    super(403, code, message, options);
  }
}

/** 404: nothing at this address. */
export class NotFoundError extends AppError {
  constructor(message = 'Not found', code = 'not_found', options?: AppErrorOptions) {
    super(404, code, message, options);
  }
}

/** 405: the path exists but not for this method; `Allow` lists the methods that work. */
export class MethodNotAllowedError extends AppError {
  constructor(allowed: string[]) {
    super(405, 'method_not_allowed', `Method not allowed; use ${allowed.join(', ')}`, {
      headers: { Allow: allowed.join(', ') },
      pageMessage: 'This address does not work that way. Go back and try again from the page.',
    });
  }
}

/** 409: the request conflicts with existing state (for example a taken username). */
export class ConflictError extends AppError {
  constructor(message: string, code = 'conflict', options?: AppErrorOptions) {
    super(409, code, message, options);
  }
}

/** 422: well-formed but cannot be processed as sent (for example a reused Idempotency-Key). */
export class UnprocessableEntityError extends AppError {
  constructor(message: string, code: string, options?: AppErrorOptions) {
    super(422, code, message, options);
  }
}

/** 429: the client or an upstream quota asks us to slow down. */
export class TooManyRequestsError extends AppError {
  constructor(message = 'Too many requests; try again shortly', options?: AppErrorOptions) {
    super(429, 'too_many_requests', message, options);
  }
}

const seconds = (n: number) => `${n} ${n === 1 ? 'second' : 'seconds'}`;

/** 429 `rate_limited`: this user has used up their actions for now; `Retry-After` says how long. */
export class RateLimitedError extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    message = `Too many posts and edits in a short time; try again in ${seconds(retryAfterSeconds)}`,
    options: AppErrorOptions = {},
  ) {
    super(429, 'rate_limited', message, {
      pageMessage: `You are posting and editing faster than this site allows. Please wait ${seconds(retryAfterSeconds)}, then send it again.`,
      ...options,
      headers: { ...options.headers, 'Retry-After': String(retryAfterSeconds) },
    });
  }
}

/** 503: a dependency (DynamoDB, Cognito, the JWKS endpoint) is unreachable or throttling. */
export class ServiceUnavailableError extends AppError {
  constructor(
    message = 'The service is temporarily unavailable; please try again shortly',
    options: AppErrorOptions & { retryAfterSeconds?: number } = {},
  ) {
    const headers = { ...options.headers };
    if (options.retryAfterSeconds) headers['Retry-After'] = String(options.retryAfterSeconds);
    super(503, 'service_unavailable', message, { ...options, headers });
  }
}
