import type { VerifiedToken } from './token-verifier';

/** Remembers tokens whose signature and claims were verified, so a repeat costs a map lookup. */
export interface VerifiedTokenMemo {
  /** The verified token for exactly this string, while both the token and the entry are fresh. */
  get(token: string): VerifiedToken | undefined;
  remember(token: string, verified: VerifiedToken): void;
}

/** Bounds: at most `maxEntries` tokens, each for at most `maxAgeSeconds`; `now` in epoch ms. */
export interface VerifiedTokenMemoOptions {
  maxEntries?: number;
  maxAgeSeconds?: number;
  now?: () => number;
}

/**
 * A bounded memo keyed by the whole token string (a changed byte is another key, verified afresh).
 * An entry ends at the token's own `exp` or after `maxAgeSeconds`, whichever comes first, so a key
 * retired from the JWKS stops counting within that age; the oldest entry goes when full.
 */
export function createVerifiedTokenMemo(options: VerifiedTokenMemoOptions = {}): VerifiedTokenMemo {
  const maxEntries = options.maxEntries ?? 5000;
  const maxAgeMs = (options.maxAgeSeconds ?? 60) * 1000;
  const now = options.now ?? Date.now;
  const entries = new Map<string, { verified: VerifiedToken; until: number }>();
  return {
    get(token) {
      const entry = entries.get(token);
      if (!entry) return undefined;
      if (now() < entry.until) return entry.verified;
      entries.delete(token);
      return undefined;
    },
    remember(token, verified) {
      const until = Math.min(verified.expiresAt * 1000, now() + maxAgeMs);
      if (until <= now()) return;
      entries.delete(token);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value as string);
      entries.set(token, { verified, until });
    },
  };
}
