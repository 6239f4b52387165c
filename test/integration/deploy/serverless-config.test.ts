import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { SERVICE_DIR, serverlessEnv } from '../../helpers/packaged-service';

const run = promisify(execFile);

/** The package.json of `name` as `from` (a package folder) resolves it. */
function resolvedPackage(name: string, from: string): { name: string; version: string } {
  const file = require.resolve(`${name}/package.json`, { paths: [from] });
  return JSON.parse(readFileSync(file, 'utf8'));
}

/** Runs `serverless package` on a copy of serverless.yml in a scratch folder; resolves to its exit. */
async function packageCopy(edit: (yml: string) => string) {
  const dir = mkdtempSync(path.join(tmpdir(), 'comment-board-sls-'));
  try {
    writeFileSync(
      path.join(dir, 'serverless.yml'),
      edit(readFileSync(path.join(SERVICE_DIR, 'serverless.yml'), 'utf8')),
    );
    symlinkSync(path.join(SERVICE_DIR, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    const serverless = path.join(SERVICE_DIR, 'node_modules/.bin/serverless');
    const args = ['package', '--stage', 'dev', '--region', 'us-east-1'];
    const options = {
      cwd: dir,
      env: serverlessEnv(),
      timeout: 90_000,
      killSignal: 'SIGKILL' as const,
    };
    return await run(serverless, args, options).then(
      ({ stdout, stderr }) => ({ failed: false, output: stdout + stderr }),
      (error: { stdout?: string; stderr?: string; killed?: boolean }) => ({
        failed: !error.killed,
        output: `${error.stdout ?? ''}${error.stderr ?? ''}`,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the Serverless Framework the project runs', () => {
  it('when the plugins load the framework, then they get osls 3.x under the serverless name', () => {
    const root = resolvedPackage('serverless', SERVICE_DIR);
    const offlineDir = path.join(SERVICE_DIR, 'node_modules/serverless-offline');
    const forOffline = resolvedPackage('serverless', offlineDir);

    expect(root.name).toBe('osls');
    expect(root.version).toMatch(/^3\./);
    expect(forOffline).toEqual(root);
  });

  it('when serverless.yml has a key the schema does not know, then the package step fails naming it', async () => {
    const result = await packageCopy((yml) =>
      yml.replace('\nprovider:\n', '\nprovider:\n  notARealSetting: true\n'),
    );

    expect(result.failed).toBe(true);
    // The schema's own error, not a later one (the scratch copy has no sources to bundle).
    expect(result.output).toContain(
      "Configuration error at 'provider': unrecognized property 'notARealSetting'",
    );
  }, 120_000);
});
