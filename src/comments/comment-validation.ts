import { ValidationError } from '../http/errors';

/** Longest comment, counted in Unicode code points after trimming. */
export const MAX_TEXT_LENGTH = 2000;
/** Page size bounds of the list endpoint. */
export const MIN_LIMIT = 1;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

// C0 controls except tab and newline, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,128}$/;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Validates and normalises comment text (CRLF → LF, trimmed); throws ValidationError saying why. */
export function parseCommentText(value: unknown): string {
  if (value === undefined || value === null) throw new ValidationError('text is required');
  if (typeof value !== 'string') throw new ValidationError('text must be a string');
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (text.length === 0) throw new ValidationError('text must not be empty');
  const length = [...text].length;
  if (length > MAX_TEXT_LENGTH) {
    throw new ValidationError(
      `text must be at most ${MAX_TEXT_LENGTH} characters (it has ${length})`,
    );
  }
  const control = CONTROL.exec(text);
  if (control) {
    throw new ValidationError(
      `text must not contain control characters other than newline and tab (found ${codePoint(control[0])})`,
    );
  }
  if (LONE_SURROGATE.test(text)) throw new ValidationError('text is not valid Unicode');
  return text;
}

/** Parses the `limit` query parameter: an integer from 1 to 100, 20 when absent. */
export function parseLimit(value: unknown): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (typeof value !== 'string' || !/^\d{1,3}$/.test(value)) {
    throw new ValidationError(
      `limit must be a whole number from ${MIN_LIMIT} to ${MAX_LIMIT}`,
      'invalid_limit',
    );
  }
  const limit = Number(value);
  if (limit < MIN_LIMIT || limit > MAX_LIMIT) {
    throw new ValidationError(
      `limit must be a whole number from ${MIN_LIMIT} to ${MAX_LIMIT}`,
      'invalid_limit',
    );
  }
  return limit;
}

/** Parses an `Idempotency-Key` (1–128 visible ASCII characters); undefined when absent. */
export function parseIdempotencyKey(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string' || !IDEMPOTENCY_KEY.test(value)) {
    throw new ValidationError(
      'Idempotency-Key must be 1 to 128 visible ASCII characters',
      'invalid_idempotency_key',
    );
  }
  return value;
}
