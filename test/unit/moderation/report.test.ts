import {
  decodeReportsCursor,
  encodeReportsCursor,
  parseReportReason,
  queueEntryKey,
} from '../../../src/moderation/report';
import { ValidationError } from '../../../src/http/errors';

describe('parseReportReason', () => {
  it('when the reason has spaces around it, then it comes back trimmed', () => {
    expect(parseReportReason({ reason: '  spam  ' })).toBe('spam');
  });

  it('when the reason has 500 characters outside the BMP, then it is accepted (characters, not UTF-16 units)', () => {
    expect(parseReportReason({ reason: '😀'.repeat(500) })).toHaveLength(1000);
  });

  it.each([
    [undefined],
    [null],
    [{}],
    [{ reason: '' }],
    [{ reason: ' ' }],
    [{ reason: 7 }],
    [{ reason: 'x'.repeat(501) }],
  ])('when the body is %p, then it is a 400 naming reason with words for the page', (body) => {
    let error: unknown;
    try {
      parseReportReason(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toContain('reason');
    expect((error as ValidationError).pageMessage).toMatch(/^Please /);
  });
});

describe('reports cursors', () => {
  const key = queueEntryKey('2026-11-25T23:59:59.123Z', '01ARZ3NDEKTSV4RRFFQ69G5FAV');

  it('when a cursor is made from an entry key, then it decodes back to it', () => {
    expect(decodeReportsCursor(encodeReportsCursor(key))).toBe(key);
  });

  it('when there is no cursor, then there is no position', () => {
    expect(decodeReportsCursor(undefined)).toBeUndefined();
  });

  it.each([
    ['not base64url', 'a+b'],
    ['an array', ['x']],
    [
      'another list’s cursor',
      Buffer.from(JSON.stringify({ v: 1, b: 'main', id: key })).toString('base64url'),
    ],
    [
      'a key of another shape',
      Buffer.from(JSON.stringify({ v: 1, b: 'reports', id: 'x#y' })).toString('base64url'),
    ],
    [
      'an extra field',
      Buffer.from(JSON.stringify({ v: 1, b: 'reports', id: key, d: 1 })).toString('base64url'),
    ],
  ])('when the cursor is %s, then 400 invalid_cursor', (_name, cursor) => {
    expect(() => decodeReportsCursor(cursor)).toThrow(
      expect.objectContaining({ status: 400, code: 'invalid_cursor' }),
    );
  });
});
