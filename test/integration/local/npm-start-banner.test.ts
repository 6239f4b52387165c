import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../../src/local/port-check';
import { stopChild } from '../../../src/local/stop-child';
import { runStart, type StartRun } from '../../helpers/local-app-process';

/** Runs npm start on `dataDir` with PORT=0 and `env`, waits for its banner, returns it with its URL. */
async function startOn(dataDir: string, env: Record<string, string> = {}) {
  const run = runStart({
    PORT: '0',
    LOCAL_DYNAMODB_PORT: String(await freePort()),
    LOCAL_COGNITO_PORT: String(await freePort()),
    LOCAL_DATA_DIR: dataDir,
    LOG_LEVEL: '',
    DEMO_USERNAME: '',
    DEMO_PASSWORD: '',
    HOST: '',
    ...env,
  });
  await run.ready;
  return { run, url: /running at (\S+)/.exec(run.output())?.[1] ?? '' };
}

function signInStatus(url: string, username: string, password: string): Promise<number> {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  }).then((res) => res.status);
}

describe('npm start banner', () => {
  let dataDir: string;
  let run: StartRun | undefined;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'npm-start-banner-'));
  });
  afterEach(async () => {
    if (run) await stopChild(run.child, 'SIGINT', 10000);
    run = undefined;
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when PORT=0 and HOST=127.0.0.2 with no LOG_LEVEL, then the banner URL is where it listens and requests are not logged', async () => {
    const started = await startOn(dataDir, { HOST: '127.0.0.2' });
    run = started.run;

    expect(started.url).toMatch(/^http:\/\/127\.0\.0\.2:[1-9]\d*$/);
    expect((await fetch(`${started.url}/healthz`)).status).toBe(200);
    expect(run.output()).toContain('new data folder');
    expect(run.output()).toContain('LOG_LEVEL=INFO');
    expect(run.output()).not.toContain('"message":"request"');
    expect(run.output()).not.toMatch(/WARNING: HOST/);
  }, 60000);

  it('when DEMO_PASSWORD is set on stored data, then it is applied and the banner says so', async () => {
    const started = await startOn(dataDir, { DEMO_PASSWORD: 'Other-Passw0rd1' });
    run = started.run;

    expect(run.output()).toContain('reusing stored data');
    expect(run.output()).toContain('demo / Other-Passw0rd1');
    expect(await signInStatus(started.url, 'demo', 'Other-Passw0rd1')).toBe(200);
  }, 60000);

  it('when the stored demo password differs from the default and none is set, then the banner does not promise the default', async () => {
    const started = await startOn(dataDir);
    run = started.run;

    expect(run.output()).not.toContain('Demo-Passw0rd!');
    expect(run.output()).toContain('demo with the password it was given earlier');
    expect(await signInStatus(started.url, 'demo', 'Other-Passw0rd1')).toBe(200);
  }, 60000);

  it('when a new DEMO_USERNAME starts on stored data, then the folder is not called new and the user signs in', async () => {
    const started = await startOn(dataDir, { DEMO_USERNAME: 'alice' });
    run = started.run;

    expect(run.output()).toContain('reusing stored data');
    expect(run.output()).not.toContain('new data folder');
    expect(run.output()).toContain('alice / Demo-Passw0rd!');
    expect(await signInStatus(started.url, 'alice', 'Demo-Passw0rd!')).toBe(200);
  }, 60000);

  it('when LOG_LEVEL=INFO, then each request is logged', async () => {
    const started = await startOn(dataDir, { LOG_LEVEL: 'INFO' });
    run = started.run;

    await fetch(`${started.url}/healthz`);
    await new Promise((resolve) => setTimeout(resolve, 200));

    expect(run.output()).toContain('"message":"request"');
  }, 60000);
});
