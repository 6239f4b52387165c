import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../src/local/port-check';
import { stopChild } from '../../../src/local/stop-child';
import { runStart, type StartRun } from '../../helpers/local-app-process';

/** Fresh ports for one run on `dataDir`, quiet logs. */
async function startEnv(dataDir: string): Promise<Record<string, string>> {
  return {
    PORT: String(await freePort()),
    LOCAL_DYNAMODB_PORT: String(await freePort()),
    LOCAL_COGNITO_PORT: String(await freePort()),
    LOCAL_DATA_DIR: dataDir,
    LOG_LEVEL: 'WARN',
  };
}

/** Resolves with the exit code, or with 'running' if the process is still up after `ms`. */
function exitWithin(run: StartRun, ms: number): Promise<number | null | 'running'> {
  return Promise.race([
    run.exited,
    new Promise<'running'>((resolve) => setTimeout(() => resolve('running'), ms).unref()),
  ]);
}

/** The pid of the cognito-local child among `pid`'s children (Linux: ps and /proc). */
function cognitoChildOf(pid: number): number {
  const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' })
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((child) => child > 0);
  const cognito = children.find((child) =>
    readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('cognito-local'),
  );
  if (!cognito) throw new Error(`no cognito-local child under pid ${pid}`);
  return cognito;
}

describe('npm start guards', () => {
  let dataDir: string;
  const runs: StartRun[] = [];
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'npm-start-guards-'));
  });
  afterEach(async () => {
    await Promise.all(runs.splice(0).map((run) => stopChild(run.child, 'SIGINT', 10000)));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('when a second npm start uses the same data folder on other ports, then it exits 1 with one line naming the folder and LOCAL_DATA_DIR', async () => {
    const first = runStart(await startEnv(dataDir));
    runs.push(first);
    await first.ready;

    const second = runStart(await startEnv(dataDir));
    runs.push(second);
    const code = await exitWithin(second, 20000);

    expect(code).toBe(1);
    const lines = second.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(dataDir);
    expect(lines[0]).toContain('LOCAL_DATA_DIR');
    expect((await fetch(`${/running at (\S+)/.exec(first.output())![1]}/healthz`)).status).toBe(
      200,
    );
  }, 60000);

  it('when the previous npm start was killed outright (stale lock), then the next start on the folder runs', async () => {
    const first = runStart(await startEnv(dataDir));
    runs.push(first);
    await first.ready;
    first.child.kill('SIGKILL');
    await first.exited;

    const next = runStart(await startEnv(dataDir));
    runs.push(next);

    await expect(next.ready).resolves.toBeUndefined();
    expect(next.output()).toContain('reusing stored data');
  }, 60000);

  it('when the Cognito child dies, then npm start says so in one line at once and exits non-zero', async () => {
    const run = runStart(await startEnv(dataDir));
    runs.push(run);
    await run.ready;
    const before = run.output();

    process.kill(cognitoChildOf(run.child.pid!), 'SIGKILL');
    const code = await exitWithin(run, 10000);

    expect(code).toBe(1);
    const said = run.output().slice(before.length).trim().split('\n');
    expect(said).toEqual([expect.stringMatching(/^The local Cognito stopped unexpectedly/)]);
  }, 60000);
});
