import { rmSync } from 'node:fs';
import path from 'node:path';
import type { LocalStack } from '../../src/local/local-stack';
import { isWholeRun, unexercisedOperations } from './openapi-coverage';

/**
 * Stops the embedded stand-ins started by global-setup and removes their data. On a whole run of
 * the contract-checked config (`npm test`, or OPENAPI_COVERAGE=1), it fails the run when a documented API operation was never
 * exercised by an integration test (contract-setup.ts records each one that answered as documented).
 */
export default async function globalTeardown(
  config: Parameters<typeof isWholeRun>[0],
): Promise<void> {
  const dataDir = process.env.TEST_DATA_DIR;
  const check = process.env.OPENAPI_COVERAGE === '1' || isWholeRun(config ?? {});
  const missing = dataDir && check ? unexercisedOperations(path.join(dataDir, 'exercised')) : [];
  const stack = (globalThis as { __localStack?: LocalStack }).__localStack;
  await stack?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  if (missing.length > 0) {
    throw new Error(
      `These documented API operations were not exercised by any integration test:\n${missing.join('\n')}`,
    );
  }
}
