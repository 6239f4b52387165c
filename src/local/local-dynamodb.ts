import type { Server } from 'node:http';
import dynalite from 'dynalite';
import { assertPortFree } from './port-check';

/** A running DynamoDB stand-in: its endpoint and how to stop it. */
export interface LocalDynamo {
  endpoint: string;
  port: number;
  stop(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1; with `dataDir` its tables persist there, otherwise in memory. */
export async function startLocalDynamo(options: {
  port: number;
  dataDir?: string;
  portVariable?: string;
}): Promise<LocalDynamo> {
  await assertPortFree(options.port, options.portVariable ?? 'LOCAL_DYNAMODB_PORT');
  const server: Server = dynalite({
    path: options.dataDir,
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    port,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
