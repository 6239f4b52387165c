import {
  decodeCursor,
  encodeCursor,
  pageCursors,
  parseSort,
} from '../../../src/comments/comments-cursor';
import { ValidationError } from '../../../src/http/errors';

const ID = '01JABCDEFGHJKMNPQRSTVWXYZ0';

function code(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof ValidationError ? error.code : 'other';
  }
  return undefined;
}

describe('comments cursor', () => {
  it('when a cursor is encoded and decoded on the same board, then it gives the id back', () => {
    const cursor = encodeCursor('main', ID);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor('main', cursor)).toEqual({ id: ID, direction: 'older' });
  });

  it('when a newer cursor is encoded and decoded, then it keeps its direction', () => {
    const cursor = encodeCursor('main', ID, 'newer');
    expect(decodeCursor('main', cursor)).toEqual({ id: ID, direction: 'newer' });
  });

  it('when there is no cursor, then there is no position', () => {
    expect(decodeCursor('main', undefined)).toBeUndefined();
  });

  it('when a cursor comes from another board, then it is refused as invalid_cursor', () => {
    expect(code(() => decodeCursor('main', encodeCursor('other', ID)))).toBe('invalid_cursor');
  });

  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  it.each([
    ['empty', ''],
    ['not base64url', 'abc$%'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['JSON null', forged(null)],
    ['a wrong version', forged({ v: 2, b: 'main', id: ID })],
    ['a bad id', forged({ v: 1, b: 'main', id: 'not-an-id' })],
    ['an extra field', forged({ v: 1, b: 'main', id: ID, x: 1 })],
    ['an unknown direction', forged({ v: 1, b: 'main', id: ID, d: 'sideways' })],
    ['too long', 'A'.repeat(500)],
    ['an array', ['a', 'b']],
  ])('when the cursor is %s, then it is refused as invalid_cursor', (_name, cursor) => {
    expect(code(() => decodeCursor('main', cursor))).toBe('invalid_cursor');
  });
});

describe('cursors and the listing order', () => {
  const id = '01JAAAAAAAAAAAAAAAAAAAAAAA';

  it('when a cursor was made for one sort, then the other sort refuses it as invalid_cursor', () => {
    const oldest = encodeCursor('main', id, 'older', 'oldest');
    expect(decodeCursor('main', oldest, 'oldest')).toEqual({ id, direction: 'older' });
    expect(() => decodeCursor('main', oldest, 'newest')).toThrow(ValidationError);
    expect(() => decodeCursor('main', encodeCursor('main', id), 'oldest')).toThrow(
      /cursor is not valid/,
    );
  });

  it('when a newest-first cursor is made, then it is the same string as before sorts existed', () => {
    const before = Buffer.from(JSON.stringify({ v: 1, b: 'main', id })).toString('base64url');
    expect(encodeCursor('main', id, 'older', 'newest')).toBe(before);
    expect(decodeCursor('main', before, 'newest')).toEqual({ id, direction: 'older' });
  });

  it('when the sort is absent, newest, oldest or top, then it is parsed; anything else is 400 invalid_sort', () => {
    const sorts = [undefined, 'newest', 'oldest', 'top'].map(parseSort);
    expect(sorts).toEqual(['newest', 'newest', 'oldest', 'top']);
    for (const bad of ['best', 'TOP', '', ['oldest']]) {
      expect(() => parseSort(bad)).toThrow(expect.objectContaining({ code: 'invalid_sort' }));
    }
  });

  it('when a "top" cursor is made from a page, then it carries the index key and decodes for top only', () => {
    const id = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const { nextCursor } = pageCursors('main', undefined, [{ id, likes: 12 }], true, 'top');

    expect(decodeCursor('main', nextCursor, 'top')).toEqual({
      id: `0000000012#${id}`,
      direction: 'older',
    });
    expect(() => decodeCursor('main', nextCursor, 'newest')).toThrow(
      expect.objectContaining({ code: 'invalid_cursor' }),
    );
    const plain = encodeCursor('main', id, 'older', 'top');
    expect(() => decodeCursor('main', plain, 'top')).toThrow(
      expect.objectContaining({ code: 'invalid_cursor' }),
    );
  });
});
