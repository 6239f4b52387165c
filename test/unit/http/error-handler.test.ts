import { toAppError } from '../../../src/http/error-handler';
import { AppError, ServiceUnavailableError } from '../../../src/http/errors';

describe('toAppError', () => {
  it('when body-parser fails to parse JSON, then it becomes 400 invalid_json', () => {
    const error = toAppError(
      Object.assign(new Error('Unexpected token'), { type: 'entity.parse.failed', status: 400 }),
    );
    expect(error).toMatchObject({ status: 400, code: 'invalid_json' });
  });

  it('when the body is too large, then it becomes 413 payload_too_large', () => {
    const error = toAppError(
      Object.assign(new Error('too large'), { type: 'entity.too.large', status: 413 }),
    );
    expect(error).toMatchObject({ status: 413, code: 'payload_too_large' });
  });

  it('when an error is unknown, then it stays unknown (a 500 with a generic message)', () => {
    expect(toAppError(new TypeError('x is undefined'))).toBeUndefined();
  });

  it('when an AppError is given, then it is kept as it is', () => {
    const error = new AppError(409, 'username_exists', 'taken');
    expect(toAppError(error)).toBe(error);
  });

  it('when a dependency is throttled, then the 503 carries Retry-After', () => {
    const error = new ServiceUnavailableError(undefined, { retryAfterSeconds: 2 });
    expect(error.headers['Retry-After']).toBe('2');
    expect(error.code).toBe('service_unavailable');
  });
});
