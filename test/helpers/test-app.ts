import { randomUUID } from 'node:crypto';
import type { Express } from 'express';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createApp, type AppDeps } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { createDependencies, type DependencyOutputs } from '../../src/dependencies';
import { ensureTable, ensureUser, ensureUserPool } from '../../src/local/provision';

const LOCAL = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

/** A test's own table, pool and app, wired exactly as in production but to the embedded stand-ins. */
export interface TestApp {
  app: Express;
  config: Config;
  deps: AppDeps;
  env: Record<string, string>;
  dynamoAdmin: DynamoDBClient;
  cognitoAdmin: CognitoIdentityProviderClient;
  close(): void;
}

/** Endpoints of the stand-ins that global-setup started. */
export function testEndpoints(): { dynamo: string; cognito: string } {
  const dynamo = process.env.TEST_DYNAMODB_ENDPOINT;
  const cognito = process.env.TEST_COGNITO_ENDPOINT;
  if (!dynamo || !cognito)
    throw new Error('The embedded stand-ins are not running (jest globalSetup)');
  return { dynamo, cognito };
}

/** Provisions a fresh table and user pool (unique names) and returns the env a real deployment would have. */
export async function provisionTestEnv(
  overrides: Record<string, string> = {},
): Promise<Record<string, string>> {
  const endpoints = testEndpoints();
  const suffix = randomUUID().slice(0, 8);
  const dynamoAdmin = new DynamoDBClient({ ...LOCAL, endpoint: endpoints.dynamo });
  const cognitoAdmin = new CognitoIdentityProviderClient({ ...LOCAL, endpoint: endpoints.cognito });
  const table = `comments-${suffix}`;
  await ensureTable(dynamoAdmin, table);
  const ids = await ensureUserPool(cognitoAdmin, `test-pool-${suffix}`);
  dynamoAdmin.destroy();
  cognitoAdmin.destroy();
  return {
    COMMENTS_TABLE: table,
    COGNITO_USER_POOL_ID: ids.userPoolId,
    COGNITO_CLIENT_ID: ids.clientId,
    DYNAMODB_ENDPOINT: endpoints.dynamo,
    COGNITO_ENDPOINT: endpoints.cognito,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'SILENT',
    // Tests post far faster than people; the limit itself is tested with its own low value.
    POST_RATE_PER_MINUTE: '10000',
    ...overrides,
  };
}

/** Creates a confirmed user (permanent password) in the pool of an env from provisionTestEnv. */
export async function seedTestUser(
  env: Record<string, string>,
  user: { username: string; password: string; email: string },
): Promise<void> {
  const cognito = new CognitoIdentityProviderClient({
    ...LOCAL,
    endpoint: testEndpoints().cognito,
  });
  try {
    await ensureUser(cognito, env.COGNITO_USER_POOL_ID, user);
  } finally {
    cognito.destroy();
  }
}

/** Builds the real app against a fresh table and pool in the embedded stand-ins; `outputs` catch what it prints. */
export async function createTestApp(
  overrides: Record<string, string> = {},
  outputs: DependencyOutputs = {},
): Promise<TestApp> {
  const env = await provisionTestEnv(overrides);
  const config = loadConfig(env);
  const deps = createDependencies(config, outputs);
  const endpoints = testEndpoints();
  const dynamoAdmin = new DynamoDBClient({ ...LOCAL, endpoint: endpoints.dynamo });
  const cognitoAdmin = new CognitoIdentityProviderClient({ ...LOCAL, endpoint: endpoints.cognito });
  return {
    app: createApp(deps),
    config,
    deps,
    env,
    dynamoAdmin,
    cognitoAdmin,
    close() {
      dynamoAdmin.destroy();
      cognitoAdmin.destroy();
    },
  };
}
