import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'node:http';
import { ConfigError, loadLocalConfig, localAppConfig } from '../config';
import { startServer } from '../server';
import { startLocalStack, provisionLocal, LOCAL_NAMES, type LocalStack } from './local-stack';
import { assertPortFree, PortInUseError } from './port-check';
import { acquireDataLock, DataFolderInUseError } from './data-lock';
import { ensureDemoUser } from './demo-user';
import { createMailbox } from './local-mailbox';
import { appUrl, startBanner } from './start-banner';

function isEmptyFolder(dir: string): boolean {
  return !existsSync(dir) || readdirSync(dir).length === 0;
}

/** `npm start`: embedded DynamoDB and Cognito, a demo user, and the app on http://localhost:PORT. */
async function main(): Promise<void> {
  const local = loadLocalConfig();
  const dataDir = path.resolve(local.dataDir);
  const freshData = isEmptyFolder(dataDir);
  await assertPortFree(local.port, 'PORT', local.host);
  const lock = acquireDataLock(dataDir);
  process.on('exit', () => lock.release());
  const running: { stack?: LocalStack; server?: Server } = {};
  let stopping = false;
  const stop = async (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    if (why) console.log(why);
    const { server, stack } = running;
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    await stack?.stop();
    process.exit(exitCode);
  };
  const onSignal = (signal: string) =>
    void stop(`\n${signal} received: stopping the app, DynamoDB and Cognito...`, 0);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  // npm start turns /_local/mail on explicitly; a local endpoint in the config alone does not.
  const mailbox = createMailbox();
  const stack = await startLocalStack({
    dataDir,
    dynamoPort: local.dynamoPort,
    cognitoPort: local.cognitoPort,
    persistDynamo: true,
    onCognitoMessage: (text) => {
      mailbox.record(text);
      console.log(`\nMessage from the local Cognito (a confirmation code):\n${text}\n`);
    },
    // Exit rather than restart: a crash here means something is wrong with the machine or the
    // data, a restart loop would hide it, and the data folder keeps everything for the next start.
    onCognitoExit: (how) => {
      console.error(
        `The local Cognito stopped unexpectedly (${how}), so sign-in cannot work: npm start is exiting. Run npm start again; your data is kept.`,
      );
      void stop('', 1);
    },
  });
  running.stack = stack;
  try {
    const ids = await provisionLocal(stack, LOCAL_NAMES);
    const demo = {
      username: local.demoUsername,
      password: local.demoPassword,
      email: local.demoEmail,
      passwordSet: local.demoPasswordSet,
    };
    const state = await ensureDemoUser(stack.cognitoAdmin, ids, demo);
    const config = localAppConfig(local, {
      ...ids,
      dynamoEndpoint: stack.dynamo.endpoint,
      cognitoEndpoint: stack.cognito.endpoint,
    });
    running.server = await startServer(config, { mailbox });
    const address = running.server.address();
    const port = typeof address === 'object' && address ? address.port : local.port;
    lock.update({
      appUrl: appUrl(local.host, port),
      dynamoEndpoint: stack.dynamo.endpoint,
      cognitoEndpoint: stack.cognito.endpoint,
    });
    console.log(
      startBanner({
        host: local.host,
        port,
        demo: { ...demo, state },
        dynamoEndpoint: stack.dynamo.endpoint,
        cognitoEndpoint: stack.cognito.endpoint,
        dataDir,
        freshData,
        logLevel: local.logLevel,
      }),
    );
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

main().catch((error: Error) => {
  const known =
    error instanceof PortInUseError ||
    error instanceof ConfigError ||
    error instanceof DataFolderInUseError;
  console.error(known ? error.message : `Could not start: ${error.message}`);
  process.exit(1);
});
