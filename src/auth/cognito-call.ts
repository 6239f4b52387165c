import { cognitoAppError, type CognitoOperation } from './cognito-errors';

/** One callback-style Cognito call as a promise: bounded by `timeoutMs`, errors mapped per operation. */
export function cognitoCall<T>(
  operation: CognitoOperation,
  timeoutMs: number,
  run: (resolve: (value: T) => void, reject: (error: unknown) => void) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Cognito did not answer in time')), timeoutMs);
    run(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  }).catch((error: unknown) => {
    throw cognitoAppError(error, operation);
  });
}
