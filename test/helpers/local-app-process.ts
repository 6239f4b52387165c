import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/local/port-check';
import { stopChild } from '../../src/local/stop-child';

const ROOT = path.resolve(__dirname, '../..');
const READY = 'Press Ctrl-C to stop';

/** `npm start`'s stack running as a child process on free ports, with its own data folder. */
export interface LocalAppProcess {
  /** The pid of `npm start`'s own process (its Cognito stand-in is a child of it). */
  pid: number;
  baseUrl: string;
  dataDir: string;
  /** The embedded Cognito's endpoint, as `npm start` printed it (for admin set-up in tests). */
  cognitoEndpoint: string;
  /** Everything the process printed so far (stdout and stderr). */
  output(): string;
  /** Waits for cognito-local's "Confirmation Code Delivery" box for `username` and returns its code. */
  confirmationCode(username: string, timeoutMs?: number): Promise<string>;
  stop(): Promise<void>;
}

/** Reads the code for `username` from the boxes cognito-local printed, the last one winning. */
export function findConfirmationCode(output: string, username: string): string | undefined {
  let code: string | undefined;
  for (const box of output.split('Confirmation Code Delivery').slice(1)) {
    const user = /Username:\s+(\S+)/.exec(box)?.[1];
    const found = /Code:\s+(\S+)/.exec(box)?.[1];
    if (user === username && found) code = found;
  }
  return code;
}

function waitFor<T>(probe: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const timer = setInterval(() => {
      let value: T | undefined;
      try {
        value = probe();
      } catch (error) {
        clearInterval(timer);
        reject(error as Error);
        return;
      }
      if (value !== undefined) {
        clearInterval(timer);
        resolve(value);
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(timer);
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
      }
    }, 50);
  });
}

/** `npm start` as spawned by {@link runStart}: resolves `ready` on its banner, `exited` with its code. */
export interface StartRun {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<number | null>;
  output(): string;
}

/** Runs `npm start`'s entry point with exactly `env` over this process's; the caller stops it. */
export function runStart(env: Record<string, string>): StartRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/start.ts'], {
    cwd: ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (output.includes(READY)) {
        clearInterval(timer);
        resolve();
      }
    }, 100);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`npm start exited early:\n${output}`));
    });
  });
  // A run that is never awaited for readiness must not surface as an unhandled rejection.
  ready.catch(() => undefined);
  return { child, ready, exited, output: () => output };
}

/** Starts `src/local/start.ts` (what `npm start` runs) and resolves once it prints that it is ready. */
export async function startLocalAppProcess(
  env: Record<string, string> = {},
): Promise<LocalAppProcess> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'comment-board-app-'));
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/start.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      PORT: String(port),
      LOCAL_DYNAMODB_PORT: String(await freePort()),
      LOCAL_COGNITO_PORT: String(await freePort()),
      LOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: 'WARN',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  let exited = false;
  child.once('exit', () => (exited = true));
  const stop = async () => {
    await stopChild(child, 'SIGINT', 10000);
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      () => {
        if (exited) throw new Error(`npm start exited early:\n${output}`);
        return output.includes(READY) ? true : undefined;
      },
      60000,
      'npm start',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    pid: child.pid!,
    baseUrl: `http://127.0.0.1:${port}`,
    dataDir,
    cognitoEndpoint: /Local Cognito:\s+(\S+)/.exec(output)?.[1] ?? '',
    output: () => output,
    confirmationCode: (username, timeoutMs = 10000) =>
      waitFor(
        () => findConfirmationCode(output, username),
        timeoutMs,
        `a confirmation code for ${username}`,
      ).catch((error: Error) => {
        throw new Error(`${error.message}; npm start printed:\n${output.slice(-3000)}`);
      }),
    stop,
  };
}
