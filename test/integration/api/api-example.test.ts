import { runScript } from '../../helpers/run-script';
import { startLocalAppProcess, type LocalAppProcess } from '../../helpers/local-app-process';

describe('the typed client script example (docs)', () => {
  let app: LocalAppProcess;
  beforeAll(async () => {
    app = await startLocalAppProcess();
  }, 60000);
  afterAll(() => app?.stop());

  it('when scripts/api-example.ts runs against npm start, then it signs in, posts and lists through the typed client', async () => {
    const { code, output } = await runScript('api-example', [app.baseUrl], app.dataDir, 60000);

    expect(output).toMatch(/^Posted [0-9A-Z]{26} at \S+Z$/m);
    expect(output).toContain('demo: Hello from the typed client');
    expect(code).toBe(0);
  }, 90000);
});
