import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { startLocalDynamo, type LocalDynamo } from './local-dynamodb';
import { startLocalCognito, type LocalCognito } from './local-cognito';
import { ensureTable, ensureUserPool, type PoolIds } from './provision';

/** Both stand-ins, running, with admin SDK clients pointed at them. */
export interface LocalStack {
  dynamo: LocalDynamo;
  cognito: LocalCognito;
  dynamoAdmin: DynamoDBClient;
  cognitoAdmin: CognitoIdentityProviderClient;
  stop(): Promise<void>;
}

/** Options: data folder, ports, whether DynamoDB persists, a pinned code, where code messages go. */
export interface LocalStackOptions {
  dataDir: string;
  dynamoPort: number;
  cognitoPort: number;
  persistDynamo: boolean;
  code?: string;
  onCognitoMessage?: (text: string) => void;
  onCognitoExit?: (how: string) => void;
}

/** Region and dummy credentials for SDK clients of the stand-ins (they check neither). */
export const LOCAL_CLIENT = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

/** The table and user pool `npm start` provisions; the `--local` user commands find them by name. */
export const LOCAL_NAMES = { tableName: 'comments', poolName: 'comment-board' };

/**
 * Starts dynalite and cognito-local on loopback; if the second fails, the first is stopped again.
 * They stay on 127.0.0.1 whatever HOST says: only the app talks to them, and both answer admin
 * calls without any authentication.
 */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const dynamoDir = path.join(options.dataDir, 'dynamodb');
  const cognitoDir = path.join(options.dataDir, 'cognito');
  mkdirSync(dynamoDir, { recursive: true });
  mkdirSync(cognitoDir, { recursive: true });
  const dynamo = await startLocalDynamo({
    port: options.dynamoPort,
    dataDir: options.persistDynamo ? dynamoDir : undefined,
  });
  let cognito: LocalCognito;
  try {
    cognito = await startLocalCognito({
      dataDir: cognitoDir,
      port: options.cognitoPort,
      code: options.code,
      onMessage: options.onCognitoMessage,
      onUnexpectedExit: options.onCognitoExit,
    });
  } catch (error) {
    await dynamo.stop();
    throw error;
  }
  const dynamoAdmin = new DynamoDBClient({ ...LOCAL_CLIENT, endpoint: dynamo.endpoint });
  const cognitoAdmin = new CognitoIdentityProviderClient({
    ...LOCAL_CLIENT,
    endpoint: cognito.endpoint,
  });
  return {
    dynamo,
    cognito,
    dynamoAdmin,
    cognitoAdmin,
    async stop() {
      dynamoAdmin.destroy();
      cognitoAdmin.destroy();
      await Promise.all([cognito.stop(), dynamo.stop()]);
    },
  };
}

/** Creates (or finds) the comments table, user pool and app client; safe to run on every start. */
export async function provisionLocal(
  stack: LocalStack,
  names: { tableName: string; poolName: string },
): Promise<PoolIds & { commentsTable: string }> {
  await ensureTable(stack.dynamoAdmin, names.tableName);
  const ids = await ensureUserPool(stack.cognitoAdmin, names.poolName);
  return { ...ids, commentsTable: names.tableName };
}
