import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalCognito } from '../../src/local/local-cognito';
import { freePort } from '../../src/local/port-check';
import { startDynamoDbLocal } from './dynamodb-local';
import { TEST_CONFIRMATION_CODE } from './global-setup';

/**
 * `npm run test:ddb-local`: the same stand-ins as global-setup, but AWS's DynamoDB Local (Java)
 * instead of dynalite. global-teardown stops both.
 */
export default async function globalSetupDdbLocal(): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'comment-board-ddb-local-'));
  const dynamo = await startDynamoDbLocal(await freePort());
  const cognito = await startLocalCognito({
    dataDir,
    port: await freePort(),
    code: TEST_CONFIRMATION_CODE,
  }).catch(async (error: unknown) => {
    await dynamo.stop();
    throw error;
  });
  process.env.TEST_DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.TEST_COGNITO_ENDPOINT = cognito.endpoint;
  process.env.TEST_DATA_DIR = dataDir;
  (globalThis as { __localStack?: unknown }).__localStack = {
    stop: () => Promise.all([cognito.stop(), dynamo.stop()]),
  };
}
