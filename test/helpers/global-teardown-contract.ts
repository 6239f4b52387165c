import path from 'node:path';
import globalTeardown from './global-teardown';
import { isWholeRun, unexercisedOperations } from './openapi-coverage';

/**
 * The teardown of the contract-checked config (`npm test`, whose setup file contract-setup.ts
 * records each operation that answered as documented): on a whole run, or with OPENAPI_COVERAGE=1,
 * it fails the run when a documented API operation was never exercised by an integration test. The
 * other configs (DynamoDB Local, load) run a subset without that setup file, so they use the plain one.
 */
export default async function contractTeardown(
  config: Parameters<typeof isWholeRun>[0],
): Promise<void> {
  const dataDir = process.env.TEST_DATA_DIR;
  const check = process.env.OPENAPI_COVERAGE === '1' || isWholeRun(config ?? {});
  const missing = dataDir && check ? unexercisedOperations(path.join(dataDir, 'exercised')) : [];
  await globalTeardown();
  if (missing.length > 0) {
    throw new Error(
      `These documented API operations were not exercised by any integration test:\n${missing.join('\n')}`,
    );
  }
}
