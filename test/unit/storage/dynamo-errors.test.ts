import {
  isConditionalCheckFailed,
  THROTTLED_RETRY_AFTER_SECONDS,
  toDependencyError,
} from '../../../src/storage/dynamo-errors';
import { ServiceUnavailableError } from '../../../src/http/errors';

const named = (name: string, extra: object = {}) =>
  Object.assign(new Error(name), { name, ...extra });

describe('DynamoDB error mapping', () => {
  it.each([
    'ProvisionedThroughputExceededException',
    'ThrottlingException',
    'RequestLimitExceeded',
  ])('when DynamoDB throttles with %s, then it is a 503 with Retry-After', (name) => {
    const mapped = toDependencyError(named(name));
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect((mapped as ServiceUnavailableError).headers['Retry-After']).toBe(
      String(THROTTLED_RETRY_AFTER_SECONDS),
    );
  });

  it.each([
    ['connection refused', named('Error', { code: 'ECONNREFUSED' })],
    ['a timeout', named('TimeoutError', { code: 'ETIMEDOUT' })],
    ['a reset', named('Error', { code: 'ECONNRESET' })],
    ['a 500', named('InternalServerError', { $fault: 'server' })],
    ['a 503', named('Whatever', { $metadata: { httpStatusCode: 503 } })],
    [
      'a wrapped refusal',
      new Error('AWS SDK error wrapper for Error: connect ECONNREFUSED 1.2.3.4:5'),
    ],
  ])('when DynamoDB fails with %s, then it is a 503 without Retry-After', (_name, error) => {
    const mapped = toDependencyError(error) as ServiceUnavailableError;
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect(mapped.code).toBe('service_unavailable');
    expect(mapped.headers['Retry-After']).toBeUndefined();
  });

  it('when the error is a bug such as a missing table, then it passes through unchanged', () => {
    const error = named('ResourceNotFoundException', { $metadata: { httpStatusCode: 400 } });
    expect(toDependencyError(error)).toBe(error);
  });

  it('when a condition fails, then it is recognised as such', () => {
    expect(isConditionalCheckFailed(named('ConditionalCheckFailedException'))).toBe(true);
    expect(isConditionalCheckFailed(named('ValidationException'))).toBe(false);
  });
});
