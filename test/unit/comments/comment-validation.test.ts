import {
  parseCommentText,
  parseIdempotencyKey,
  parseLimit,
} from '../../../src/comments/comment-validation';
import { ValidationError } from '../../../src/http/errors';

function rejection(run: () => unknown): ValidationError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('parseCommentText', () => {
  it('when text has surrounding whitespace, then it is trimmed', () => {
    expect(parseCommentText('  hello \n')).toBe('hello');
  });

  it('when text has CRLF line breaks (as forms send), then they become LF and tabs stay', () => {
    expect(parseCommentText('a\r\nb\rc\td')).toBe('a\nb\nc\td');
  });

  it.each([
    [undefined, 'text is required'],
    [null, 'text is required'],
    [42, 'text must be a string'],
    [['hi'], 'text must be a string'],
    ['   \n\t ', 'text must not be empty'],
  ])('when text is %p, then it is refused with "%s"', (value, message) => {
    const error = rejection(() => parseCommentText(value));
    expect(error.code).toBe('validation_error');
    expect(error.message).toBe(message);
  });

  it.each(['\u200B', '\u2800', '\u3164', '\u202E', '\u115F\u1160', '\uFFA0', '\u00AD\u2060'])(
    'when text is only invisible characters (%j), then it is empty',
    (value) => {
      const error = rejection(() => parseCommentText(` ${value}${value} `));
      expect(error.code).toBe('validation_error');
      expect(error.message).toMatch(/^text must not be empty/);
      expect(error.pageMessage).toMatch(/invisible or blank/);
    },
  );

  it('when invisible characters sit around visible text, then the text is kept as written', () => {
    expect(parseCommentText('\u200Bhi\u2800')).toBe('\u200Bhi\u2800');
  });

  it('when text is 2,000 code points of astral characters, then it is accepted', () => {
    const text = '😀'.repeat(2000);
    expect(text.length).toBe(4000);
    expect(parseCommentText(text)).toBe(text);
  });

  it('when text is 2,001 code points, then the message gives the limit and the length', () => {
    const error = rejection(() => parseCommentText('é'.repeat(2001)));
    expect(error.message).toBe('text must be at most 2000 characters (it has 2001)');
  });

  it.each(['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u000b'])(
    'when text contains the control character %j, then it is refused naming it',
    (control) => {
      const error = rejection(() => parseCommentText(`a${control}b`));
      expect(error.message).toMatch(/control characters other than newline and tab \(found U\+/);
    },
  );

  it('when text contains a lone surrogate, then it is refused', () => {
    expect(rejection(() => parseCommentText('a\ud800b')).message).toBe('text is not valid Unicode');
  });
});

describe('parseLimit', () => {
  it('when limit is absent, then it is 20', () => {
    expect(parseLimit(undefined)).toBe(20);
  });

  it.each(['1', '20', '100', '007'])('when limit is %s, then it is accepted', (value) => {
    expect(parseLimit(value)).toBe(Number(value));
  });

  it.each(['0', '101', '-1', '1.5', 'abc', '', '1e2', ' 5', ['1', '2']])(
    'when limit is %p, then it is refused with invalid_limit',
    (value) => {
      expect(rejection(() => parseLimit(value)).code).toBe('invalid_limit');
    },
  );
});

describe('parseIdempotencyKey', () => {
  it('when the key is absent, then there is none', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
  });

  it('when the key is a UUID, then it is kept', () => {
    const key = '6f1c1a0e-8a9b-4c55-9a52-2b1f0e9f1a77';
    expect(parseIdempotencyKey(key)).toBe(key);
  });

  it.each(['has space', 'x'.repeat(129), 'ünï'])(
    'when the key is %p, then it is refused',
    (key) => {
      expect(rejection(() => parseIdempotencyKey(key)).code).toBe('invalid_idempotency_key');
    },
  );
});
