import type { Server } from 'node:http';
import { createApp } from './app';
import { loadConfig, type Config } from './config';
import { createDependencies } from './dependencies';

/** Starts the app on `config.host`:`config.port` (0 picks a free port); resolves once listening. */
export function startServer(config: Config): Promise<Server> {
  const app = createApp(createDependencies(config));
  return new Promise((resolve, reject) => {
    const server = app.listen(config.port, config.host);
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
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
