import path from 'node:path';
import { CloudFormationClient } from '@aws-sdk/client-cloudformation';
import { eraseRemains } from '../src/accounts/account-erasure';
import { loadLocalConfig } from '../src/config';
import { createDynamoClient } from '../src/dependencies';
import { createUserDataKinds } from '../src/user-data-kinds';
import { readDataLock } from '../src/local/data-lock';
import { LOCAL_NAMES } from '../src/local/local-stack';
import { createTableAccess, type TableAccess } from '../src/storage/dynamo-table';
import { createUserRecords } from '../src/storage/user-records';
import { parseUserEraseArgs, type UserTarget } from './cli-args';
import { reportFailure } from './report-failure';
import { readStackOutputs, stackName } from './stack-outputs';

/** The table of `npm start` (`--local`, through its lock file) or of the deployed stage. */
async function openTable(target: UserTarget): Promise<TableAccess> {
  if (target.local) {
    const dataDir = path.resolve(loadLocalConfig().dataDir);
    const endpoint = readDataLock(dataDir)?.dynamoEndpoint;
    if (!endpoint) throw new Error(`No npm start is running on the data folder ${dataDir}.`);
    const client = createDynamoClient({ region: 'us-east-1', dynamoEndpoint: endpoint });
    return createTableAccess(client, LOCAL_NAMES.tableName);
  }
  const outputs = await readStackOutputs(
    new CloudFormationClient({ region: target.region }),
    target.stage,
  );
  if (!outputs) throw new Error(`Stack ${stackName(target.stage)} not found: deploy it first`);
  return createTableAccess(createDynamoClient({ region: target.region }), outputs.tableName);
}

/**
 * `npm run user:erase -- --sub … [--local]`: erases again what a deleted (or half-deleted) account
 * left, and makes its record a tombstone. Refuses an account whose deletion never started.
 */
async function main(): Promise<void> {
  const args = parseUserEraseArgs(process.argv.slice(2));
  const table = await openTable(args);
  const erased = await eraseRemains(
    { users: createUserRecords(table), kinds: createUserDataKinds(table) },
    args.sub,
  );
  if (!erased) {
    throw new Error(
      `No deletion was started for ${args.sub}: only an account deleted by its owner can be erased here.`,
    );
  }
  const counts = Object.entries(erased).map(([kind, n]) => `${n} ${kind}`);
  console.log(`Erased ${counts.join(', ')} of ${args.sub}; its record is a tombstone.`);
}

main().catch((error: unknown) => reportFailure('user:erase', error));
