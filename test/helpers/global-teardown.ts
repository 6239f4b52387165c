import { rmSync } from 'node:fs';
import type { LocalStack } from '../../src/local/local-stack';

/** Stops the embedded stand-ins started by global-setup and removes their data. */
export default async function globalTeardown(): Promise<void> {
  const stack = (globalThis as { __localStack?: LocalStack }).__localStack;
  await stack?.stop();
  const dataDir = process.env.TEST_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
