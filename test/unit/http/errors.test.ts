import { toAppError } from '../../../src/http/error-handler';
import { RateLimitedError } from '../../../src/http/errors';

describe('RateLimitedError', () => {
  it('when a user is over the limit, then the error is 429 rate_limited with Retry-After in whole seconds', () => {
    const error = new RateLimitedError(42);

    expect(toAppError(error)).toBe(error);
    expect(error).toMatchObject({ status: 429, code: 'rate_limited', retryAfterSeconds: 42 });
    expect(error.headers).toEqual({ 'Retry-After': '42' });
    expect(error.message).toBe('Too many posts and edits in a short time; try again in 42 seconds');
  });

  it('when the wait is one second, then the page sentence says how long for people, without codes', () => {
    const error = new RateLimitedError(1);

    expect(error.pageMessage).toBe(
      'You are posting and editing faster than this site allows. Please wait 1 second, then send it again.',
    );
    expect(error.pageMessage).not.toMatch(/rate_limited|429|Retry-After/);
  });

  it('when extra headers are given, then Retry-After is kept alongside them', () => {
    const error = new RateLimitedError(5, 'slow down', { headers: { 'X-Extra': '1' } });

    expect(error.headers).toEqual({ 'X-Extra': '1', 'Retry-After': '5' });
  });
});
