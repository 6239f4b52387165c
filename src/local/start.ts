import path from 'node:path';
import type { Server } from 'node:http';
import { ConfigError, loadLocalConfig, localAppConfig } from '../config';
import { startServer } from '../server';
import { startLocalStack, provisionLocal, type LocalStack } from './local-stack';
import { assertPortFree, PortInUseError } from './port-check';
import { ensureUser } from './provision';

const TABLE_NAME = 'comments';
const POOL_NAME = 'comment-board';

/** `npm start`: embedded DynamoDB and Cognito, a demo user, and the app on http://localhost:PORT. */
async function main(): Promise<void> {
  const local = loadLocalConfig();
  const dataDir = path.resolve(local.dataDir);
  await assertPortFree(local.port, 'PORT');
  const running: { stack?: LocalStack; server?: Server } = {};
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received: stopping the app, DynamoDB and Cognito...`);
    const { server, stack } = running;
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await stack?.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const stack = await startLocalStack({
    dataDir,
    dynamoPort: local.dynamoPort,
    cognitoPort: local.cognitoPort,
    persistDynamo: true,
    onCognitoMessage: (text) =>
      console.log(`\nMessage from the local Cognito (a confirmation code):\n${text}\n`),
  });
  running.stack = stack;
  try {
    const ids = await provisionLocal(stack, { tableName: TABLE_NAME, poolName: POOL_NAME });
    const seeded = await ensureUser(stack.cognitoAdmin, ids.userPoolId, {
      username: local.demoUsername,
      password: local.demoPassword,
      email: local.demoEmail,
    });
    const config = localAppConfig(local, {
      ...ids,
      dynamoEndpoint: stack.dynamo.endpoint,
      cognitoEndpoint: stack.cognito.endpoint,
    });
    running.server = await startServer(config);
    const dataNote = seeded === 'created' ? 'new data folder' : 'reusing stored data';
    console.log(
      [
        '',
        `Comment Board is running at http://localhost:${local.port}`,
        `  Sign in as:     ${local.demoUsername} / ${local.demoPassword}`,
        `  Local DynamoDB: ${stack.dynamo.endpoint}   Local Cognito: ${stack.cognito.endpoint}`,
        `  Data folder:    ${dataDir} (${dataNote}; delete it to start fresh)`,
        '  Press Ctrl-C to stop.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

main().catch((error: Error) => {
  const known = error instanceof PortInUseError || error instanceof ConfigError;
  console.error(known ? error.message : `Could not start: ${error.message}`);
  process.exit(1);
});
