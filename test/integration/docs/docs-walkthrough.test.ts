import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalAppProcess, type LocalAppProcess } from '../../helpers/local-app-process';

const ROOT = path.resolve(__dirname, '../../..');

/** The ```sh blocks of a docs file, and the plain ``` blocks that show what they print. */
function codeBlocks(file: string): { sh: string[]; printed: string[] } {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  const sh: string[] = [];
  const printed: string[] = [];
  for (const match of text.matchAll(/```(\w*)\n([\s\S]*?)```/g)) {
    if (match[1] === 'sh') sh.push(match[2]);
    else if (match[1] === '') printed.push(match[2]);
  }
  return { sh, printed };
}

describe('docs/api.md walkthroughs against npm start', () => {
  let app: LocalAppProcess;
  beforeAll(async () => {
    app = await startLocalAppProcess();
  }, 90000);
  afterAll(() => app?.stop());

  it('when every curl block runs as written, then each succeeds, prints what the docs say, and leaves the working tree as it was', () => {
    const { sh, printed } = codeBlocks('docs/api.md');
    expect(sh.length).toBeGreaterThanOrEqual(3);
    const changedFiles = () =>
      execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
    const before = changedFiles();
    // One shell session in the project folder, as a reader would paste the blocks; only the port
    // and the data folder (npm start's, for the --local commands) differ.
    const script = sh.join('\n').replaceAll('BASE=http://localhost:3000', `BASE=${app.baseUrl}`);
    const result = spawnSync('bash', ['-c', `set -eo pipefail\n${script}`], {
      cwd: ROOT,
      env: { ...process.env, LOCAL_DATA_DIR: app.dataDir },
      encoding: 'utf8',
      timeout: 120000,
    });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });

    for (const block of printed) {
      for (const line of block.trim().split('\n')) expect(result.stdout).toContain(line);
    }
    expect(result.stdout).toMatch(/"username":"demo"/);
    expect(changedFiles()).toBe(before);
  }, 150000);
});
