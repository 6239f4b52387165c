import { ulid } from 'ulid';
import { COUNTED_HOLD_MS, MAX_COUNTED_IDS, staleIds } from '../../../src/storage/counted-once';

describe('staleIds', () => {
  const now = Date.parse('2026-01-01T12:00:00.000Z');
  const at = (msAgo: number) => ulid(now - msAgo);

  it('when ids are past the hold and beyond the newest kept, then they are stale', () => {
    const [newest, older, oldest] = [
      at(COUNTED_HOLD_MS + 1),
      at(COUNTED_HOLD_MS + 2),
      at(COUNTED_HOLD_MS + 3),
    ];
    expect(staleIds([oldest, newest, older], 1, now).sort()).toEqual([oldest, older].sort());
  });

  it('when ids are younger than the hold and fit the cap, then they stay (a retry may still come)', () => {
    const young = Array.from({ length: 10 }, (_, i) => at(i * 1000));
    expect(staleIds(young, 0, now)).toEqual([]);
  });

  it('when a busy board holds more young ids than the cap, then the oldest beyond it go, a bounded number per update', () => {
    const young = Array.from({ length: MAX_COUNTED_IDS + 40 }, (_, i) => at(i * 10));
    const stale = staleIds(young, 0, now);
    expect(stale).toHaveLength(32);
    const newestFirst = [...young].sort().reverse();
    expect(stale).toEqual(newestFirst.slice(MAX_COUNTED_IDS).reverse().slice(0, 32));
    expect(staleIds(newestFirst.slice(0, MAX_COUNTED_IDS + 5), 0, now)).toHaveLength(5);
  });
});
