import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { assertPortFree } from './port-check';
import { stopChild } from './stop-child';

/** A running Cognito stand-in: its endpoint and how to stop it. */
export interface LocalCognito {
  endpoint: string;
  port: number;
  pid: number;
  stop(): Promise<void>;
}

/** Options: where its data lives, its port, a pinned confirmation code, where code messages go. */
export interface LocalCognitoOptions {
  dataDir: string;
  port: number;
  portVariable?: string;
  code?: string;
  onMessage?: (text: string) => void;
  /** Called once if the child exits after it was ready and before `stop()` asked it to. */
  onUnexpectedExit?: (how: string) => void;
}

const READY = /Cognito Local running on/;
/** Runs cognito-local but exits when the IPC channel closes, so even a killed parent leaves no orphan. */
const EXIT_WITH_PARENT =
  "process.on('disconnect', () => process.exit(0)); require(process.argv[1]);";
const BOX_START = /[╭┌]/;
const BOX_END = /[╰└]/;

/**
 * Runs cognito-local as a child process with `dataDir` as its working directory, because it keeps
 * its pools under `./.cognito` and reads PORT/HOST at load time (STACK-NOTES.md).
 */
export async function startLocalCognito(options: LocalCognitoOptions): Promise<LocalCognito> {
  await assertPortFree(options.port, options.portVariable ?? 'LOCAL_COGNITO_PORT');
  const configDir = path.join(options.dataDir, '.cognito');
  mkdirSync(configDir, { recursive: true });
  writeFileSync(
    path.join(configDir, 'config.json'),
    JSON.stringify({ UserPoolDefaults: { UsernameAttributes: [] } }, null, 2),
  );
  const entry = require.resolve('cognito-local/lib/bin/start.js');
  const child = spawn(process.execPath, ['-e', EXIT_WITH_PARENT, entry], {
    cwd: options.dataDir,
    env: {
      // At its default level cognito-local's pretty logger holds a code box back until the next
      // log line; debug logging writes one per request, so every code shows up at once.
      DEBUG: '1',
      PORT: String(options.port),
      HOST: '127.0.0.1',
      FORCE_COLOR: '0',
      NODE_NO_WARNINGS: '1',
      ...(options.code ? { CODE: options.code } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const endpoint = await waitForReady(child, options);
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) options.onUnexpectedExit?.(signal ? `signal ${signal}` : `exit code ${code}`);
  });
  return {
    endpoint,
    port: options.port,
    pid: child.pid!,
    stop: () => {
      stopping = true;
      return stopChild(child);
    },
  };
}

const ANSI_ESCAPE = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

function stripAnsi(text: string): string {
  return text.replace(ANSI_ESCAPE, '');
}

function waitForReady(child: ChildProcess, options: LocalCognitoOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    let box: string[] | undefined;
    const recent: string[] = [];
    const lines = readline.createInterface({ input: child.stdout! });
    readline.createInterface({ input: child.stderr! }).on('line', (line) => recent.push(line));
    lines.on('line', (raw) => {
      const line = stripAnsi(raw);
      recent.push(line);
      if (recent.length > 20) recent.shift();
      const match = READY.exec(line) && /https?:\/\/[\w.:[\]]+/.exec(line);
      if (match) resolve(match[0]);
      if (BOX_START.test(line)) box = [];
      if (box) box.push(line.replace(/^.*?(?=[╭┌│╰└])/, ''));
      if (box && BOX_END.test(line)) {
        options.onMessage?.(box.join('\n'));
        box = undefined;
      }
    });
    child.once('exit', (code) =>
      reject(
        new Error(`cognito-local exited (code ${code}) before it was ready:\n${recent.join('\n')}`),
      ),
    );
  });
}
