import { ServiceUnavailableError } from '../http/errors';

const THROTTLING = new Set([
  'ProvisionedThroughputExceededException',
  'ThrottlingException',
  'RequestLimitExceeded',
  'TooManyRequestsException',
]);
const UNAVAILABLE = new Set(['InternalServerError', 'ServiceUnavailable', 'TimeoutError']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
]);
/** Seconds a throttled client is asked to wait before retrying. */
export const THROTTLED_RETRY_AFTER_SECONDS = 2;

interface SdkError {
  name?: string;
  code?: string;
  $fault?: string;
  $metadata?: { httpStatusCode?: number };
}

/** True when a conditional write was refused because its condition did not hold. */
export function isConditionalCheckFailed(error: unknown): boolean {
  return (error as SdkError | undefined)?.name === 'ConditionalCheckFailedException';
}

/** True for throttling: DynamoDB asks us to slow down. */
export function isThrottling(error: unknown): boolean {
  return THROTTLING.has((error as SdkError | undefined)?.name ?? '');
}

/** True when DynamoDB could not be reached or failed on its side (network, timeout, 5xx). */
export function isUnavailable(error: unknown): boolean {
  const e = error as SdkError | undefined;
  if (!e) return false;
  if (UNAVAILABLE.has(e.name ?? '') || NETWORK_CODES.has(e.code ?? '')) return true;
  // The SDK's retry layer can wrap a network error into a plain Error that keeps only the message
  // ("AWS SDK error wrapper for Error: connect ECONNREFUSED …"), e.g. when it comes from another realm.
  const code = /\b(E[A-Z_]+|UND_ERR_SOCKET)\b/.exec(String((error as Error).message ?? ''));
  if (code && NETWORK_CODES.has(code[1])) return true;
  const status = e.$metadata?.httpStatusCode;
  return e.$fault === 'server' || (typeof status === 'number' && status >= 500);
}

/** Maps throttling and outages to 503 (Retry-After when throttled); other errors pass unchanged. */
export function toDependencyError(error: unknown): unknown {
  if (isThrottling(error)) {
    return new ServiceUnavailableError('The data store is busy; please try again shortly', {
      cause: error,
      retryAfterSeconds: THROTTLED_RETRY_AFTER_SECONDS,
    });
  }
  if (isUnavailable(error)) {
    return new ServiceUnavailableError(
      'The data store is temporarily unavailable; please try again shortly',
      { cause: error },
    );
  }
  return error;
}
