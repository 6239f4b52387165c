import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runScript } from '../../helpers/run-script';

describe('the typed API client', () => {
  it('when the OpenAPI document is turned into types, then they are the committed scripts/api-types.ts', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'api-types-'));
    try {
      // openapi-typescript is ESM-only inside (Redocly): it runs in its own process, not in jest.
      const result = await runScript('api-types-write', ['--check'], dataDir, 60000);

      expect(result).toEqual({ code: 0, output: expect.stringContaining('matches the document') });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90000);
});
