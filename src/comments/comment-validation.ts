import * as z from 'zod';
import { coded, parseInput } from '../http/api-input';
import { ValidationError } from '../http/errors';
import { isCommentId } from './comment';

/** Longest comment, counted in Unicode code points after trimming. */
export const MAX_TEXT_LENGTH = 2000;
/** The textarea's `maxlength`: browsers count UTF-16 units, where an emoji takes two. */
export const MAX_TEXT_UTF16_LENGTH = MAX_TEXT_LENGTH * 2;
/** Page size bounds of the list endpoint. */
export const MIN_LIMIT = 1;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;

// C0 controls except tab and newline, DEL, and C1 controls.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// What shows nothing on screen: white space, separators, controls, format characters (zero-width,
// bidi overrides, BOM), default-ignorables (Hangul fillers U+115F/U+1160/U+3164/U+FFA0) and the
// blank Braille pattern U+2800, which fonts draw empty.
const INVISIBLE = /[\p{White_Space}\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/gu;
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,128}$/;

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A refused text: the API's message and the sentence the page shows next to the text box. */
function refuse(message: string, pageMessage: string): ValidationError {
  return new ValidationError(message, 'validation_error', { pageMessage });
}

const EMPTY_PAGE = 'Please write something before posting.';

/** Validates and normalises comment text (CRLF → LF, trimmed); throws ValidationError saying why. */
export function parseCommentText(value: unknown): string {
  if (value === undefined || value === null) throw refuse('text is required', EMPTY_PAGE);
  if (typeof value !== 'string') throw refuse('text must be a string', EMPTY_PAGE);
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (text.replace(INVISIBLE, '').length === 0) {
    throw text.length === 0
      ? refuse('text must not be empty', EMPTY_PAGE)
      : refuse(
          'text must not be empty (it has only invisible or blank characters)',
          'Your comment has only invisible or blank characters. Please write something people can read.',
        );
  }
  const length = [...text].length;
  if (length > MAX_TEXT_LENGTH) {
    throw refuse(
      `text must be at most ${MAX_TEXT_LENGTH} characters (it has ${length})`,
      `Your comment is too long: it has ${length.toLocaleString('en')} characters, and at most ${MAX_TEXT_LENGTH.toLocaleString('en')} fit. Please shorten it.`,
    );
  }
  const control = CONTROL.exec(text);
  if (control) {
    throw refuse(
      `text must not contain control characters other than newline and tab (found ${codePoint(control[0])})`,
      `Your comment contains an invisible control character (${codePoint(control[0])}) that cannot be posted. Please remove it.`,
    );
  }
  if (LONE_SURROGATE.test(text)) {
    throw refuse(
      'text is not valid Unicode',
      'Your comment contains a broken character. Please retype it.',
    );
  }
  return text;
}

const LIMIT_MESSAGE = `limit must be a whole number from ${MIN_LIMIT} to ${MAX_LIMIT}`;
const isLimit = (value: unknown): boolean =>
  value === undefined ||
  (typeof value === 'string' &&
    /^\d{1,3}$/.test(value) &&
    Number(value) >= MIN_LIMIT &&
    Number(value) <= MAX_LIMIT);

/** The `limit` query parameter: an integer from 1 to 100, 20 when absent (`invalid_limit`). */
export const LimitParam = z
  .unknown()
  .refine(isLimit, coded('invalid_limit', LIMIT_MESSAGE))
  .meta({
    override: { type: 'integer', minimum: MIN_LIMIT, maximum: MAX_LIMIT, default: DEFAULT_LIMIT },
  })
  .transform(Number)
  .default(DEFAULT_LIMIT)
  .meta({ description: 'Page size' });

/** Parses the `limit` query parameter: an integer from 1 to 100, 20 when absent. */
export function parseLimit(value: unknown): number {
  return parseInput(LimitParam, value);
}

/** The `Idempotency-Key` header: 1–128 visible ASCII characters (`invalid_idempotency_key`). */
export const IdempotencyKeyHeader = z
  .unknown()
  .refine(
    (value) =>
      value === undefined ||
      value === '' ||
      (typeof value === 'string' && IDEMPOTENCY_KEY.test(value)),
    coded('invalid_idempotency_key', 'Idempotency-Key must be 1 to 128 visible ASCII characters'),
  )
  .meta({ override: { type: 'string', pattern: IDEMPOTENCY_KEY.source } })
  .transform((value) => (value === '' ? undefined : (value as string | undefined)))
  .optional()
  .meta({
    description:
      'Repeating a request with the same key (same user, within 24 h) returns the first comment again (`Idempotent-Replayed: true`); the same key for a different text is `422 idempotency_key_reused`',
    example: '8e0f6c1e-4a3b-4f59-9d6e-0c0f2b7c9a11',
  });

/** Parses an `Idempotency-Key` (1–128 visible ASCII characters); undefined when absent. */
export function parseIdempotencyKey(value: unknown): string | undefined {
  return parseInput(IdempotencyKeyHeader, value);
}

/** Parses a reply's `parentId`: absent or null for a top-level comment, else a comment id. */
export function parseParentId(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (!isCommentId(value)) throw unknownParentError();
  return value;
}

/** The 400 of a reply whose parent is unknown, hidden, or on another board. */
export function unknownParentError(): ValidationError {
  return new ValidationError(
    'parentId must be the id of a comment on this board',
    'validation_error',
    {
      pageMessage: 'The comment you replied to no longer exists.',
    },
  );
}
