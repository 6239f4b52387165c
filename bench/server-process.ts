import { fork, type ChildProcess } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import path from 'node:path';
import type { CallCounts } from './call-counter';

/** A bench server in its own process (so the load generator does not share its CPU time). */
export interface ServerProcess {
  url: string;
  pid: number;
  /** Zeroes the child's call counters (app mode). */
  resetCounts(): Promise<void>;
  counts(): Promise<CallCounts>;
  /** CPU time (user + system, ms) the server process has used so far. */
  cpuMs(): Promise<number>;
  stop(): Promise<void>;
}

function request<T>(child: ChildProcess, type: string, reply?: string): Promise<T> {
  return new Promise((resolve) => {
    if (!reply) {
      child.send({ type }, () => resolve(undefined as T));
      return;
    }
    const onMessage = (message: { type: string; counts: T }) => {
      if (message.type !== reply) return;
      child.off('message', onMessage);
      resolve(message.counts);
    };
    child.on('message', onMessage);
    child.send({ type });
  });
}

/** With BENCH_PROFILE_DIR set, the app server writes a V8 CPU profile there when it stops. */
function profileArgs(mode: string): string[] {
  const dir = process.env.BENCH_PROFILE_DIR;
  return dir && mode === 'app' ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : [];
}

/**
 * Forks bench/bench-server.ts under tsx in `app` or `hello` mode with `env`, and waits until it
 * listens. Its stdout (the app's JSON log lines) goes to `logFile`, or nowhere (/dev/null) without
 * one; stderr stays on the terminal. The log level is the deployed default (INFO) unless `env` sets
 * LOG_LEVEL.
 */
export function startServerProcess(
  mode: 'app' | 'hello',
  env: Record<string, string> = {},
  logFile?: string,
): Promise<ServerProcess> {
  const out = logFile ? openSync(logFile, 'a') : 'ignore';
  const child = fork(path.join(__dirname, 'bench-server.ts'), [mode], {
    execArgv: ['--import', 'tsx', ...profileArgs(mode)],
    env: { ...process.env, LOG_LEVEL: 'INFO', ...env },
    stdio: ['ignore', out, 'inherit', 'ipc'],
  });
  if (typeof out === 'number') closeSync(out);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bench server (${mode}) exited with ${code}`)));
    child.on('message', (message: { type: string; port?: number }) => {
      if (message.type !== 'listening') return;
      resolve({
        url: `http://127.0.0.1:${message.port}`,
        pid: child.pid!,
        resetCounts: () => request<void>(child, 'reset'),
        counts: () => request<CallCounts>(child, 'counts', 'counts'),
        cpuMs: async () => {
          const usage = await request<NodeJS.CpuUsage>(child, 'cpu', 'cpu');
          return (usage.user + usage.system) / 1000;
        },
        stop: () =>
          new Promise<void>((done) => {
            child.removeAllListeners('exit');
            if (child.exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
          }),
      });
    });
  });
}
