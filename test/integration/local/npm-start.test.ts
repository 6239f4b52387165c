import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assertPortFree, freePort } from '../../../src/local/port-check';
import { runStart } from '../../helpers/local-app-process';

describe('npm start', () => {
  let dataDir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'npm-start-'));
    env = {
      PORT: String(await freePort()),
      LOCAL_DYNAMODB_PORT: String(await freePort()),
      LOCAL_COGNITO_PORT: String(await freePort()),
      LOCAL_DATA_DIR: dataDir,
      LOG_LEVEL: 'WARN',
    };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when started, then it serves /healthz, prints the demo credentials, and SIGINT leaves no listener', async () => {
    const run = runStart(env);
    await run.ready;
    expect(run.output()).toContain(`http://localhost:${env.PORT}`);
    expect(run.output()).toContain('demo / Demo-Passw0rd!');
    const res = await fetch(`http://127.0.0.1:${env.PORT}/healthz`);
    expect(res.status).toBe(200);
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    for (const [port, name] of [
      [env.PORT, 'PORT'],
      [env.LOCAL_DYNAMODB_PORT, 'LOCAL_DYNAMODB_PORT'],
      [env.LOCAL_COGNITO_PORT, 'LOCAL_COGNITO_PORT'],
    ]) {
      await expect(assertPortFree(Number(port), name)).resolves.toBeUndefined();
    }
  }, 60000);

  it('when started again on the same data folder, then it reuses the stored data', async () => {
    const run = runStart(env);
    await run.ready;
    expect(run.output()).toContain('reusing stored data');
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }, 60000);

  it('when it is killed outright (SIGKILL), then the Cognito child exits too and frees its port', async () => {
    const run = runStart(env);
    await run.ready;
    run.child.kill('SIGKILL');
    await run.exited;
    const deadline = Date.now() + 5000;
    let free = false;
    while (!free && Date.now() < deadline) {
      free = await assertPortFree(Number(env.LOCAL_COGNITO_PORT), 'LOCAL_COGNITO_PORT').then(
        () => true,
        () => false,
      );
      if (!free) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(free).toBe(true);
  }, 60000);

  it('when the app port is taken, then it exits with one line naming the port and PORT', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(Number(env.PORT), '127.0.0.1', resolve));
    try {
      const run = runStart(env);
      await expect(run.ready).rejects.toThrow();
      expect(await run.exited).toBe(1);
      const lines = run.output().trim().split('\n');
      expect(lines).toEqual([
        `Port ${env.PORT} is already in use. Stop whatever holds it, or set PORT to a free port.`,
      ]);
    } finally {
      blocker.close();
    }
  }, 60000);
});
