import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalAppProcess, type LocalAppProcess } from '../../helpers/local-app-process';

const ROOT = path.resolve(__dirname, '../../..');
const CODE_PLACEHOLDER = '<code from the npm start terminal>';

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
  let cwd: string;
  beforeAll(async () => {
    app = await startLocalAppProcess();
    cwd = mkdtempSync(path.join(tmpdir(), 'comment-board-docs-'));
  }, 90000);
  afterAll(async () => {
    await app?.stop();
    if (cwd) rmSync(cwd, { recursive: true, force: true });
  });

  it('when every curl block runs as written, then each succeeds, prints what the docs say, and writes no file', async () => {
    const { sh, printed } = codeBlocks('docs/api.md');
    expect(sh.length).toBeGreaterThanOrEqual(3);
    // One shell session, as a reader would paste the blocks; only the port differs.
    let script = sh.join('\n').replaceAll('BASE=http://localhost:3000', `BASE=${app.baseUrl}`);
    let output = '';
    const run = (part: string) => {
      const result = spawnSync('bash', ['-c', `set -eo pipefail\n${part}`], {
        cwd,
        encoding: 'utf8',
        timeout: 60000,
      });
      output += result.stdout;
      expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    };
    // The sign-up code comes from npm start's output, as it does for a person reading the terminal;
    // the script resumes at the command that needs it (later blocks set their own variables).
    while (script.includes(CODE_PLACEHOLDER)) {
      const lines = script.split('\n');
      const at = lines.findIndex((line) => line.includes(CODE_PLACEHOLDER));
      const before = lines.slice(0, at - 1).join('\n');
      run(before);
      const user = /"username":"([^"]+)"/.exec(lines[at])?.[1] ?? '';
      const code = await app.confirmationCode(user);
      const rest = lines
        .slice(at - 1)
        .join('\n')
        .replace(CODE_PLACEHOLDER, code);
      script = `BASE=${app.baseUrl}\n${rest}`;
    }
    run(script);

    for (const block of printed) {
      for (const line of block.trim().split('\n')) expect(output).toContain(line);
    }
    expect(output).toMatch(/"username":"demo"/);
    expect(readdirSync(cwd)).toEqual([]);
  }, 120000);
});
