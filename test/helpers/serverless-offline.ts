import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { assertPortFree } from '../../src/local/port-check';
import { SERVICE_DIR, serverlessEnv } from './packaged-service';

/** A running `serverless offline` and how to stop it. */
export interface ServerlessOffline {
  url: string;
  startupSeconds: number;
  output(): string;
  stop(): Promise<void>;
}

/** Ports this repository's deploy tests use for serverless offline (HTTP API and Lambda invoke). */
export const OFFLINE_PORTS = { http: 3103, lambda: 3203 };

async function waitUntilHealthy(
  url: string,
  child: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`serverless offline exited:\n${output()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`serverless offline did not answer within 90 s:\n${output()}`);
}

/**
 * Starts `node_modules/.bin/serverless offline` itself (never through npx, so this PID is the server)
 * with serverless.yml's offline wiring and `env`, running the packaged zip `artifact`.
 */
export async function startServerlessOffline(
  artifact: string,
  env: Record<string, string>,
): Promise<ServerlessOffline> {
  await assertPortFree(OFFLINE_PORTS.http, 'the offline HTTP port');
  await assertPortFree(OFFLINE_PORTS.lambda, 'the offline Lambda port');
  const started = Date.now();
  const args = ['offline', '--stage', 'dev', '--region', 'us-east-1'];
  args.push('--httpPort', String(OFFLINE_PORTS.http), '--lambdaPort', String(OFFLINE_PORTS.lambda));
  const child = spawn(path.join(SERVICE_DIR, 'node_modules/.bin/serverless'), args, {
    cwd: SERVICE_DIR,
    env: serverlessEnv({
      ...env,
      COMMENT_BOARD_WIRING: 'offline',
      COMMENT_BOARD_ARTIFACT: artifact,
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  const url = `http://127.0.0.1:${OFFLINE_PORTS.http}`;
  try {
    await waitUntilHealthy(url, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, startupSeconds: (Date.now() - started) / 1000, output: () => output, stop };
}
