import path from 'node:path';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { loadLocalConfig } from '../src/config';
import { readDataLock } from '../src/local/data-lock';
import { LOCAL_CLIENT, LOCAL_NAMES } from '../src/local/local-stack';
import { createTableAccess, type TableAccess } from '../src/storage/dynamo-table';
import type { UserTarget } from './cli-args';
import { readStackOutputs, stackName } from './stack-outputs';

/** The comments table an admin command acts on, and how to let go of its client. */
export interface TableTarget {
  table: TableAccess;
  tableName: string;
  close(): void;
}

/**
 * `--local`: the table of the `npm start` that holds the data folder (LOCAL_DATA_DIR), found
 * through the endpoint in its lock file; otherwise the deployed stage's table.
 */
export async function openTable(target: UserTarget): Promise<TableTarget> {
  let client: DynamoDBClient;
  let tableName: string;
  if (target.local) {
    const dataDir = path.resolve(loadLocalConfig().dataDir);
    const endpoint = readDataLock(dataDir)?.dynamoEndpoint;
    if (!endpoint) {
      throw new Error(
        `No npm start is running on the data folder ${dataDir}. Start it first (npm start), with the same LOCAL_DATA_DIR.`,
      );
    }
    client = new DynamoDBClient({ ...LOCAL_CLIENT, endpoint });
    tableName = LOCAL_NAMES.tableName;
  } else {
    const cloudFormation = new CloudFormationClient({ region: target.region });
    const outputs = await readStackOutputs(cloudFormation, target.stage);
    if (!outputs) throw new Error(`Stack ${stackName(target.stage)} not found: deploy it first`);
    client = new DynamoDBClient({ region: target.region });
    tableName = outputs.tableName;
  }
  const doc = DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true },
  });
  return { table: createTableAccess(doc, tableName), tableName, close: () => client.destroy() };
}
