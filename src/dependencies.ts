import path from 'node:path';
import { Logger } from '@aws-lambda-powertools/logger';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from './app';
import type { Config } from './config';
import { createAssetUrl } from './http/asset-url';

const ROOT = path.resolve(__dirname, '..');
const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** Builds the DynamoDB document client: the SDK's defaults in AWS, the local endpoint otherwise. */
export function createDynamoClient(config: Config): DynamoDBDocumentClient {
  const client = new DynamoDBClient({
    region: config.region,
    ...(config.dynamoEndpoint
      ? { endpoint: config.dynamoEndpoint, credentials: LOCAL_CREDENTIALS, maxAttempts: 2 }
      : {}),
  });
  return DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
}

/** The only place that builds SDK clients, the JWT verifier and the logger: once per cold start. */
export function createDependencies(config: Config): AppDeps {
  const logger = new Logger({ serviceName: 'comment-board', logLevel: config.logLevel as 'INFO' });
  return {
    logger,
    settings: {
      local: config.local,
      assetsBaseUrl: config.assetsBaseUrl,
      assetUrl: createAssetUrl(config.assetsBaseUrl),
      allowedOrigins: config.allowedOrigins,
      viewsDir: path.join(ROOT, 'views'),
      publicDir: config.assetsBaseUrl.startsWith('/') ? path.join(ROOT, 'public') : undefined,
    },
  };
}
