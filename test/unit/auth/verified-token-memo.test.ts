import { createVerifiedTokenMemo } from '../../../src/auth/verified-token-memo';
import type { VerifiedToken } from '../../../src/auth/token-verifier';

const verifiedUntil = (expiresAt: number): VerifiedToken => ({
  user: { sub: 's', username: 'u', groups: [] },
  tokenUse: 'access',
  expiresAt,
  issuedAt: expiresAt - 3600,
});

describe('verified token memo', () => {
  let clock = 1_000_000_000_000;
  const now = () => clock;

  it('when a token was verified, then the same string is served until its exp, and not after', () => {
    const memo = createVerifiedTokenMemo({ now, maxAgeSeconds: 600 });
    const verified = verifiedUntil(clock / 1000 + 30);
    memo.remember('a.b.c', verified);
    expect(memo.get('a.b.c')).toBe(verified);
    expect(memo.get('a.b.d')).toBeUndefined();
    clock += 30_000;
    expect(memo.get('a.b.c')).toBeUndefined();
  });

  it('when the token outlives the memo age, then the entry ends at the age', () => {
    const memo = createVerifiedTokenMemo({ now, maxAgeSeconds: 60 });
    memo.remember('t', verifiedUntil(clock / 1000 + 3600));
    clock += 59_999;
    expect(memo.get('t')).toBeDefined();
    clock += 1;
    expect(memo.get('t')).toBeUndefined();
  });

  it('when a token has already expired, then it is not remembered', () => {
    const memo = createVerifiedTokenMemo({ now });
    memo.remember('old', verifiedUntil(clock / 1000 - 1));
    expect(memo.get('old')).toBeUndefined();
  });

  it('when the memo is full, then the oldest entry makes room', () => {
    const memo = createVerifiedTokenMemo({ now, maxEntries: 2 });
    const later = verifiedUntil(clock / 1000 + 3600);
    memo.remember('one', later);
    memo.remember('two', later);
    memo.remember('three', later);
    expect([memo.get('one'), memo.get('two'), memo.get('three')].map(Boolean)).toEqual([
      false,
      true,
      true,
    ]);
  });
});
