import { RateLimitedError } from '../http/errors';
import type { RateLimiter } from '../storage/rate-limits';
import type { RateLimit } from './comment-posting';

/** Scope of the posts, replies and edits counter in the rate-limit item key. */
export const POST_RATE_SCOPE = 'posts';

/** The comments' rate limit over the table's limiter: over it is a 429 `rate_limited` with Retry-After. */
export function createPostRateLimit(limiter: RateLimiter): RateLimit {
  return {
    async take(userId, nowMs) {
      const decision = await limiter.take(userId, nowMs);
      if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    },
  };
}
