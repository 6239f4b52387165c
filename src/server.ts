import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppDeps } from './app';
import { loadConfig, type Config } from './config';
import { createDependencies } from './dependencies';

/** Starts the app on `config.host`:`config.port` (0 picks a free port); `extra.mailbox` turns on /_local/mail. */
export async function startServer(
  config: Config,
  extra: Pick<AppDeps, 'mailbox'> = {},
): Promise<Server> {
  const server = createServer();
  await new Promise((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
    server.listen(config.port, config.host);
  });
  // The app is built once the port is known: without SITE_URL, this site's origin follows it.
  const { port } = server.address() as AddressInfo;
  server.on('request', createApp({ ...createDependencies({ ...config, port }), ...extra }));
  return server;
}

if (require.main === module) {
  startServer(loadConfig()).then(
    (server) => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : '';
      console.log(`Listening on http://localhost:${port}`);
    },
    (error: Error) => {
      console.error(error.message);
      process.exit(1);
    },
  );
}
