import net from 'node:net';

/** Thrown when a local port is taken; the message names the port and the variable that moves it. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly variable: string,
  ) {
    super(
      `Port ${port} is already in use. Stop whatever holds it, or set ${variable} to a free port.`,
    );
    this.name = 'PortInUseError';
  }
}

/** Resolves when `port` on `host` can be bound (0 always can); rejects with PortInUseError. */
export function assertPortFree(port: number, variable: string, host = '127.0.0.1'): Promise<void> {
  if (port === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, variable) : error);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

/** Asks the OS for a free loopback port (for tests and child processes that need a number up front). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
