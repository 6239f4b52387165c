import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalStack } from '../../src/local/local-stack';
import { freePort } from '../../src/local/port-check';

/** Confirmation code the test Cognito hands out to every sign-up (cognito-local's `CODE`). */
export const TEST_CONFIRMATION_CODE = '123456';

/** Starts one embedded DynamoDB + Cognito for the whole run, on free ports; tests read the endpoints from env. */
export default async function globalSetup(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'comment-board-test-'));
  const stack = await startLocalStack({
    dataDir,
    dynamoPort: await freePort(),
    cognitoPort: await freePort(),
    persistDynamo: false,
    code: TEST_CONFIRMATION_CODE,
  });
  process.env.TEST_DYNAMODB_ENDPOINT = stack.dynamo.endpoint;
  process.env.TEST_COGNITO_ENDPOINT = stack.cognito.endpoint;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as { __localStack?: unknown }).__localStack = stack;
}
