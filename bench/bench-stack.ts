import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { startLocalCognito, type LocalCognito } from '../src/local/local-cognito';
import { freePort } from '../src/local/port-check';
import { ensureTable, ensureUser, ensureUserPool } from '../src/local/provision';

/** The embedded AWS stand-ins for a bench run, each in its own process, and the app's env for them. */
export interface BenchStack {
  env: Record<string, string>;
  dynamoEndpoint: string;
  cognitoEndpoint: string;
  user: { username: string; password: string };
  stop(): Promise<void>;
}

const LOCAL = {
  region: 'us-east-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
};

/** dynalite's CLI in a child process, so DynamoDB work does not share the app's event loop. */
async function startDynaliteProcess(): Promise<{ endpoint: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [require.resolve('dynalite/cli.js'), '--port', String(port), '--host', '127.0.0.1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('listening')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`dynalite exited with ${code}`)));
  });
  return { endpoint: `http://127.0.0.1:${port}`, child };
}

/** Starts dynalite and cognito-local on free ports, creates the table, pool, client and a bench user. */
export async function startBenchStack(): Promise<BenchStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-stack-'));
  const dynamo = await startDynaliteProcess();
  let cognito: LocalCognito;
  try {
    cognito = await startLocalCognito({ dataDir, port: await freePort() });
  } catch (error) {
    dynamo.child.kill();
    throw error;
  }
  const dynamoAdmin = new DynamoDBClient({ ...LOCAL, endpoint: dynamo.endpoint });
  const cognitoAdmin = new CognitoIdentityProviderClient({ ...LOCAL, endpoint: cognito.endpoint });
  const user = { username: 'bench', password: 'Bench-Passw0rd!', email: 'bench@example.com' };
  await ensureTable(dynamoAdmin, 'comments');
  const ids = await ensureUserPool(cognitoAdmin, 'bench-pool');
  await ensureUser(cognitoAdmin, ids.userPoolId, user);
  dynamoAdmin.destroy();
  cognitoAdmin.destroy();
  return {
    env: {
      COMMENTS_TABLE: 'comments',
      COGNITO_USER_POOL_ID: ids.userPoolId,
      COGNITO_CLIENT_ID: ids.clientId,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      COGNITO_ENDPOINT: cognito.endpoint,
    },
    dynamoEndpoint: dynamo.endpoint,
    cognitoEndpoint: cognito.endpoint,
    user,
    async stop() {
      dynamo.child.kill();
      await cognito.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
