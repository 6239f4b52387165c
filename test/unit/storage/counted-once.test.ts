import { ulid } from 'ulid';
import { COUNTED_HOLD_MS, staleIds } from '../../../src/storage/counted-once';

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

  it('when ids are younger than the hold, then they stay, however many there are (a retry may still come)', () => {
    const young = Array.from({ length: 10 }, (_, i) => at(i * 1000));
    expect(staleIds(young, 0, now)).toEqual([]);
  });
});
