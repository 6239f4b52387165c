import { spawn } from 'node:child_process';
import path from 'node:path';

/** Runs the project's serverless (v3) CLI with the terminal attached; rejects on a non-zero exit. */
export function runServerless(args: string[]): Promise<void> {
  const bin = path.resolve(__dirname, '..', 'node_modules', '.bin', 'serverless');
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, {
      stdio: 'inherit',
      env: { ...process.env, SLS_TELEMETRY_DISABLED: process.env.SLS_TELEMETRY_DISABLED ?? '1' },
    });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`serverless ${args[0]} exited with code ${code}`)),
    );
  });
}
