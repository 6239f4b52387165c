import path from 'node:path';
import { Test } from 'supertest';
import { contractProblems, recordExercised } from './openapi-contract';

/**
 * Jest setup (integration tests): every response a supertest request receives from `/api` is
 * checked against the OpenAPI document; one it does not describe fails that request's test.
 */
type Assert = (
  this: Test,
  error: Error | null,
  res: unknown,
  fn?: (...args: unknown[]) => void,
) => void;
const proto = Test.prototype as unknown as { assert: Assert; method: string; url: string };
const assert = proto.assert;
const folder = process.env.TEST_DATA_DIR && path.join(process.env.TEST_DATA_DIR, 'exercised');

proto.assert = function (this: Test & { method: string; url: string }, error, res, fn) {
  const response = res as
    { status: number; headers: Record<string, string>; body: unknown; text?: string } | undefined;
  if (response) {
    const { status, headers, body, text } = response; // body is a getter of superagent's Response
    const { problems, operation } = contractProblems({
      ...{ status, headers, body, text },
      method: this.method,
      url: this.url,
    });
    if (operation && folder && problems.length === 0) recordExercised(folder, operation);
    if (problems.length > 0) {
      fn?.call(
        this,
        new Error(`The response breaks the OpenAPI document:\n${problems.join('\n')}`),
        res,
      );
      return;
    }
  }
  assert.call(this, error, res, fn);
};
