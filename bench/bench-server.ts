import type { Server } from 'node:http';
import { callCounts, installCallCounters, resetCallCounts } from './call-counter';

/** Child process entry: serves the real app (`app`, instrumented) or the baseline (`hello`) on a free port. */
async function main(mode: string): Promise<void> {
  let server: Server;
  if (mode === 'app') {
    installCallCounters(process.env.COGNITO_ENDPOINT ?? '');
    const { loadConfig } = await import('../src/config');
    const { startServer } = await import('../src/server');
    server = await startServer({ ...loadConfig(), port: 0 });
  } else {
    const { createHelloApp } = await import('./hello-app');
    server = await new Promise<Server>((resolve) => {
      const listening = createHelloApp().listen(0, '127.0.0.1', () => resolve(listening));
    });
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.on('message', (message: { type: string }) => {
    if (message.type === 'reset') resetCallCounts();
    if (message.type === 'counts') process.send?.({ type: 'counts', counts: callCounts() });
    if (message.type === 'cpu') process.send?.({ type: 'cpu', counts: process.cpuUsage() });
  });
  // A normal exit on SIGTERM, so `--cpu-prof` (BENCH_NODE_OPTIONS) can write its profile.
  process.on('SIGTERM', () => process.exit(0));
  process.send?.({ type: 'listening', port });
}

main(process.argv[2] ?? 'hello').catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
