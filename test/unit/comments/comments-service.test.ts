import type { AuthUser } from '../../../src/auth/auth-user';
import type { Comment, CommentRecord } from '../../../src/comments/comment';
import type { CommentsRepository } from '../../../src/comments/comments-repository';
import { createCommentsService } from '../../../src/comments/comments-service';
import type { IdempotencyRecord, IdempotencyStore } from '../../../src/comments/idempotency-store';
import { ForbiddenError, NotFoundError } from '../../../src/http/errors';

const alice: AuthUser = { sub: 'sub-alice', username: 'alice', groups: [] };
const bob: AuthUser = { sub: 'sub-bob', username: 'bob', groups: [] };
const mod: AuthUser = { sub: 'sub-mod', username: 'mod', groups: ['moderators'] };

function memoryStores() {
  const visible = new Map<string, CommentRecord>();
  const hidden = new Map<string, CommentRecord>();
  const keys = new Map<string, IdempotencyRecord>();
  const repository: CommentsRepository = {
    async listVisible(limit, from) {
      const ids = [...visible.keys()].sort().reverse();
      const newer = from?.direction === 'newer';
      const next = newer
        ? ids.filter((id) => id > from.id).reverse()
        : ids.filter((id) => !from || id < from.id);
      const page = next.slice(0, limit).map((id) => visible.get(id)!);
      return { items: newer ? page.reverse() : page, hasMore: next.length > limit };
    },
    getVisible: async (id) => visible.get(id),
    getHidden: async (id) => hidden.get(id),
    async insert(comment) {
      if (visible.has(comment.id)) return false;
      visible.set(comment.id, { ...comment });
      return true;
    },
    removeVisible: async (id) => void visible.delete(id),
    async listByAuthor(userId, { limit }) {
      const mine = [...visible.values(), ...hidden.values()].filter((c) => c.userId === userId);
      return { items: mine.sort((a, b) => b.id.localeCompare(a.id)).slice(0, limit) };
    },
    erase: async (record) => void (record.hidden ? hidden : visible).delete(record.id),
    async hide(comment, info) {
      if (!hidden.has(comment.id)) hidden.set(comment.id, { ...comment, hidden: info });
      visible.delete(comment.id);
    },
  };
  const idempotency: IdempotencyStore = {
    async claim(userId, key, record, nowSeconds) {
      const existing = keys.get(`${userId}/${key}`);
      if (existing && existing.expiresAt > nowSeconds) return false;
      keys.set(`${userId}/${key}`, record);
      return true;
    },
    find: async (userId, key) => keys.get(`${userId}/${key}`),
    listKeys: async (userId) => ({
      items: [...keys.keys()]
        .filter((k) => k.startsWith(`${userId}/`))
        .map((k) => k.slice(userId.length + 1)),
    }),
    remove: async (userId, key) => void keys.delete(`${userId}/${key}`),
  };
  return { visible, hidden, keys, repository, idempotency };
}

function setup(start = Date.parse('2025-01-01T00:00:00Z')) {
  const stores = memoryStores();
  const clock = { time: start };
  const service = createCommentsService({ ...stores, now: () => clock.time });
  return { ...stores, clock, service };
}

describe('comments service', () => {
  it('when two comments are created in the same millisecond, then both are kept in order', async () => {
    const { service } = setup();
    const first = await service.create(alice, { text: 'one' });
    const second = await service.create(bob, { text: 'two' });
    expect(first.comment.createdAt).toBe(second.comment.createdAt);
    const page = await service.list();
    expect(page.items.map((c) => c.text)).toEqual(['two', 'one']);
  });

  it('when a comment is created, then its author comes from the user, not the input', async () => {
    const { service } = setup();
    const input = { text: ' hi ', userId: 'evil', username: 'evil' } as { text: unknown };
    const { comment } = await service.create(alice, input);
    expect(comment).toMatchObject({ userId: 'sub-alice', username: 'alice', text: 'hi' });
  });

  it('when a key is repeated, then the first comment comes back and one is stored', async () => {
    const { service, visible } = setup();
    const first = await service.create(alice, { text: 'once' }, 'k1');
    const again = await service.create(alice, { text: 'once' }, 'k1');
    expect(again).toEqual({ comment: first.comment, replayed: true });
    expect(visible.size).toBe(1);
  });

  it('when another user repeats the key, then it is a new comment', async () => {
    const { service, visible } = setup();
    await service.create(alice, { text: 'a' }, 'shared');
    expect((await service.create(bob, { text: 'b' }, 'shared')).replayed).toBe(false);
    expect(visible.size).toBe(2);
  });

  it('when a key is repeated after 24 hours, then a new comment is stored', async () => {
    const { service, visible, clock } = setup();
    await service.create(alice, { text: 'day one' }, 'k');
    clock.time += 24 * 3600 * 1000;
    expect((await service.create(alice, { text: 'day two' }, 'k')).replayed).toBe(false);
    expect(visible.size).toBe(2);
  });

  it('when the first request claimed a key but died before storing, then the repeat stores it', async () => {
    const { service, visible, keys } = setup();
    const lost: Comment = {
      id: '01JGZ0000000000000000000AA',
      userId: alice.sub,
      username: 'alice',
      text: 'lost?',
      createdAt: '2024-12-31T23:59:59.000Z',
      updatedAt: '2024-12-31T23:59:59.000Z',
    };
    keys.set(`${alice.sub}/k`, {
      comment: lost,
      expiresAt: Date.parse('2025-01-02T00:00:00Z') / 1000,
    });
    const again = await service.create(alice, { text: 'lost?' }, 'k');
    expect(again).toEqual({ comment: lost, replayed: true });
    expect(visible.get(lost.id)).toEqual(lost);
  });

  it('when hidden comments lie between pages, then every page is full', async () => {
    const { service, clock } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 10; i += 1) {
      clock.time += 1;
      ids.push((await service.create(alice, { text: `c${i}` })).comment.id);
    }
    for (const id of ids.filter((_, i) => i % 2 === 0)) await service.remove(alice, id);
    const first = await service.list({ limit: 2 });
    const second = await service.list({ limit: 2, cursor: first.nextCursor });
    const third = await service.list({ limit: 2, cursor: second.nextCursor });
    expect([first, second, third].map((p) => p.items.map((c) => c.text))).toEqual([
      ['c9', 'c7'],
      ['c5', 'c3'],
      ['c1'],
    ]);
    expect(third.nextCursor).toBeNull();
  });

  it('when a reader goes back with prevCursor, then each newer page is the one seen before', async () => {
    const { service, clock } = setup();
    for (let i = 0; i < 7; i += 1) {
      clock.time += 1;
      await service.create(alice, { text: `c${i}` });
    }
    const first = await service.list({ limit: 2 });
    const second = await service.list({ limit: 2, cursor: first.nextCursor });
    const third = await service.list({ limit: 2, cursor: second.nextCursor });
    const backToSecond = await service.list({ limit: 2, cursor: third.prevCursor });
    const backToFirst = await service.list({ limit: 2, cursor: backToSecond.prevCursor });
    const texts = (page: { items: Comment[] }) => page.items.map((c) => c.text);
    expect([first, second, third, backToSecond, backToFirst].map(texts)).toEqual([
      ['c6', 'c5'],
      ['c4', 'c3'],
      ['c2', 'c1'],
      ['c4', 'c3'],
      ['c6', 'c5'],
    ]);
    expect([first.prevCursor, backToFirst.prevCursor]).toEqual([null, null]);
    expect(backToSecond.prevCursor).not.toBeNull();
    expect(texts(await service.list({ limit: 2, cursor: backToFirst.nextCursor }))).toEqual([
      'c4',
      'c3',
    ]);
  });

  it('when the author deletes, then the comment is kept as deleted with who and when', async () => {
    const { service, hidden } = setup();
    const { comment } = await service.create(alice, { text: 'mine' });
    await service.remove(alice, comment.id);
    expect(hidden.get(comment.id)?.hidden).toEqual({
      by: alice.sub,
      at: comment.createdAt,
      reason: 'deleted',
    });
    await expect(service.get(alice, comment.id)).rejects.toBeInstanceOf(NotFoundError);
    expect((await service.get(mod, comment.id)).hidden?.reason).toBe('deleted');
  });

  it('when another user deletes, then it is forbidden; a moderator hides it', async () => {
    const { service, hidden } = setup();
    const { comment } = await service.create(alice, { text: 'mine' });
    await expect(service.remove(bob, comment.id)).rejects.toBeInstanceOf(ForbiddenError);
    await service.remove(mod, comment.id);
    expect(hidden.get(comment.id)?.hidden?.reason).toBe('hidden');
    await expect(service.remove(mod, comment.id)).resolves.toBeUndefined();
    await expect(service.remove(alice, comment.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('when the id is unknown or malformed, then it is not found', async () => {
    const { service } = setup();
    await expect(service.get(alice, '01JGZ0000000000000000000AA')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(service.remove(mod, '../etc')).rejects.toBeInstanceOf(NotFoundError);
  });
});
