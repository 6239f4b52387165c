import {
  CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { runScript } from '../../helpers/run-script';
import { startLocalAppProcess, type LocalAppProcess } from '../../helpers/local-app-process';
import { freePort } from '../../../src/local/port-check';
import { LOCAL_CLIENT, LOCAL_NAMES } from '../../../src/local/local-stack';
import { ensureUserPool } from '../../../src/local/provision';

/** Runs `npm run smoke -- <args>`'s script against the npm start on `dataDir`. */
const runSmoke = (args: string[], dataDir: string) => runScript('smoke', args, dataDir, 60000);

/** The usernames in npm start's user pool that the smoke test creates. */
async function smokeUsers(app: LocalAppProcess): Promise<string[]> {
  const cognito = new CognitoIdentityProviderClient({
    ...LOCAL_CLIENT,
    endpoint: app.cognitoEndpoint,
  });
  try {
    const { userPoolId } = await ensureUserPool(cognito, LOCAL_NAMES.poolName);
    const { Users = [] } = await cognito.send(new ListUsersCommand({ UserPoolId: userPoolId }));
    return Users.map((user) => user.Username ?? '').filter((name) => name.startsWith('smoke-'));
  } finally {
    cognito.destroy();
  }
}

/** Rows of the printed table whose result column is `result`. */
const rowsWith = (output: string, result: string) =>
  output.split('\n').filter((line) => new RegExp(`\\s${result}\\s`).test(`${line} `));

describe('npm run smoke -- --local', () => {
  let app: LocalAppProcess;
  beforeAll(async () => {
    app = await startLocalAppProcess();
  }, 60000);
  afterAll(() => app?.stop());

  it('when run against a running npm start, then every check passes or is skipped as local, it exits 0 and leaves no user or comment behind', async () => {
    const { code, output } = await runSmoke(['--local'], app.dataDir);

    expect(output).toContain('Smoke test passed.');
    expect(code).toBe(0);
    expect(rowsWith(output, 'pass')).toHaveLength(8);
    expect(rowsWith(output, 'skip').every((row) => row.includes('skipped (local)'))).toBe(true);
    expect(rowsWith(output, 'skip')).toHaveLength(2);
    expect(rowsWith(output, 'FAIL')).toEqual([]);
    expect(await smokeUsers(app)).toEqual([]);
    const demo = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo', password: 'Demo-Passw0rd!' }),
    });
    const { accessToken } = (await demo.json()) as { accessToken: string };
    const list = await fetch(`${app.baseUrl}/api/comments`, {
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(JSON.stringify(await list.json())).not.toContain('Smoke test');
  }, 60000);

  it('when pointed at an address where nothing answers, then the table says FAIL, it exits non-zero and still deletes its user', async () => {
    const url = `http://127.0.0.1:${await freePort()}`;

    const { code, output } = await runSmoke(['--local', '--url', url], app.dataDir);

    expect(code).toBe(1);
    expect(output).toContain('Smoke test FAILED');
    expect(rowsWith(output, 'FAIL')[0]).toMatch(/^sign in through the API\s+FAIL\s+fetch failed/);
    expect(output).toMatch(/delete the user \(admin API\)\s+pass/);
    expect(await smokeUsers(app)).toEqual([]);
  }, 60000);
});
