import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  AdminAddUserToGroupCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { startLocalCognito, type LocalCognito } from '../src/local/local-cognito';
import { freePort } from '../src/local/port-check';
import { ensureTable, ensureUser, ensureUserPool } from '../src/local/provision';

/** The embedded AWS stand-ins for a bench run, each in its own process, and the app's env for them. */
export interface BenchStack {
  env: Record<string, string>;
  dynamoEndpoint: string;
  cognitoEndpoint: string;
  user: { username: string; password: string };
  /** A second user in `moderators`, only to create the bench's boards (the measured user stays ordinary). */
  moderator: { username: string; password: string };
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

/**
 * Starts dynalite and cognito-local on free ports, creates the table, pool, client, a bench user and
 * a moderator.
 */
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
  const moderator = {
    username: 'bench-mod',
    password: 'Bench-Passw0rd!',
    email: 'mod@example.com',
  };
  await ensureUser(cognitoAdmin, ids.userPoolId, moderator);
  await cognitoAdmin.send(
    new AdminAddUserToGroupCommand({
      UserPoolId: ids.userPoolId,
      Username: moderator.username,
      GroupName: 'moderators',
    }),
  );
  dynamoAdmin.destroy();
  cognitoAdmin.destroy();
  return {
    env: {
      COMMENTS_TABLE: 'comments',
      COGNITO_USER_POOL_ID: ids.userPoolId,
      COGNITO_CLIENT_ID: ids.clientId,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      COGNITO_ENDPOINT: cognito.endpoint,
      // The real limit stays on (its UpdateItem is part of every post's cost), set to the highest
      // value config allows so the seeding and the POST row's ~5,000 posts a minute are not refused.
      POST_RATE_PER_MINUTE: '10000',
    },
    dynamoEndpoint: dynamo.endpoint,
    cognitoEndpoint: cognito.endpoint,
    user,
    moderator,
    async stop() {
      dynamo.child.kill();
      await cognito.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
