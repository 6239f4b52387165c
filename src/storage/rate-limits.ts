import type { TableAccess } from './dynamo-table';
import { tableKeys, TTL_ATTRIBUTE } from './table-keys';

/** How many counted actions one user may take per fixed window. */
export interface RateLimitRule {
  /** Names the limit in the key, so several limits can share the table (e.g. `post`). */
  scope: string;
  /** Actions allowed per window (at least 1). */
  limit: number;
  windowSeconds: number;
}

/** The outcome of one check: allowed (and counted), or refused with the seconds until the next window. */
export type RateLimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** A per-user limit whose state lives in the table, so it holds across Lambda instances. */
export interface RateLimiter {
  /** Counts one action of `userId` if the window has room (one conditional UpdateItem); `nowMs` defaults to the clock. */
  take(userId: string, nowMs?: number): Promise<RateLimitDecision>;
}

/**
 * Builds a fixed-window limiter over the app's table; `now` in epoch milliseconds, injectable so
 * tests can move between windows. A fixed window lets a user act up to 2 × limit across a window
 * boundary: accepted for a spam brake, and it costs one write per check where a sliding log would not.
 */
export function createRateLimiter(
  table: TableAccess,
  rule: RateLimitRule,
  now: () => number = Date.now,
): RateLimiter {
  if (!Number.isInteger(rule.limit) || rule.limit < 1) throw new Error('limit must be >= 1');
  if (!Number.isInteger(rule.windowSeconds) || rule.windowSeconds < 1) {
    throw new Error('windowSeconds must be >= 1');
  }
  const windowMs = rule.windowSeconds * 1000;
  return {
    async take(userId, nowMs = now()) {
      const windowStartMs = Math.floor(nowMs / windowMs) * windowMs;
      const windowStart = windowStartMs / 1000;
      // The window start is in the key, so a past window's counter is never read again: expiry is
      // decided here by the clock, and TTL only removes the old items (late in AWS, never locally).
      const counted = await table.updateIf(tableKeys.rateLimit(rule.scope, userId, windowStart), {
        UpdateExpression: 'ADD #count :one SET #expires = :expires',
        ConditionExpression: 'attribute_not_exists(#count) OR #count < :limit',
        ExpressionAttributeNames: { '#count': 'count', '#expires': TTL_ATTRIBUTE },
        ExpressionAttributeValues: {
          ':one': 1,
          ':limit': rule.limit,
          ':expires': windowStart + 2 * rule.windowSeconds,
        },
      });
      if (counted) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((windowStartMs + windowMs - nowMs) / 1000)),
      };
    },
  };
}
