import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createDependencies } from '../../../src/dependencies';
import { startLocalCognito, type LocalCognito } from '../../../src/local/local-cognito';
import { createMailbox, type Mailbox } from '../../../src/local/local-mailbox';
import { LOCAL_CLIENT } from '../../../src/local/local-stack';
import { freePort } from '../../../src/local/port-check';
import { ensureUser, ensureUserPool } from '../../../src/local/provision';
import { createTestApp, provisionTestEnv } from '../../helpers/test-app';

// A Cognito stand-in of this file's own, whose printed messages feed the mailbox as in npm start.
let cognito: LocalCognito;
let mailbox: Mailbox;
let app: ReturnType<typeof createApp>;
let dataDir: string;
let admin: CognitoIdentityProviderClient;
let userPoolId: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'local-mail-'));
  mailbox = createMailbox();
  cognito = await startLocalCognito({
    dataDir,
    port: await freePort(),
    onMessage: (text) => mailbox.record(text),
  });
  admin = new CognitoIdentityProviderClient({ ...LOCAL_CLIENT, endpoint: cognito.endpoint });
  const ids = await ensureUserPool(admin, 'mail-pool');
  userPoolId = ids.userPoolId;
  const env = await provisionTestEnv({
    COGNITO_USER_POOL_ID: ids.userPoolId,
    COGNITO_CLIENT_ID: ids.clientId,
    COGNITO_ENDPOINT: cognito.endpoint,
  });
  app = createApp({ ...createDependencies(loadConfig(env)), mailbox });
}, 30000);
afterAll(async () => {
  admin.destroy();
  await cognito.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

const addUser = async (username: string) => {
  await ensureUser(admin, userPoolId, {
    username,
    password: 'Old-Passw0rd',
    email: `${username}@example.com`,
  });
};
/** Waits for the printed box to reach the mailbox (cognito-local prints after it answers). */
const codeFor = async (username: string): Promise<string> => {
  for (let i = 0; i < 50; i++) {
    const found = mailbox.list().find((m) => m.username === username);
    if (found) return found.code;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`No message for ${username}`);
};

describe('GET /_local/mail', () => {
  it('when a user asks for a reset, then the page lists whom it went to and the code, and that code resets the password', async () => {
    await addUser('mail-alice');

    await request(app)
      .post('/api/auth/forgot-password')
      .send({ username: 'mail-alice' })
      .expect(202);
    const code = await codeFor('mail-alice');
    const page = await request(app).get('/_local/mail');

    expect(page.status).toBe(200);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('mail-alice');
    expect(page.text).toContain('mail-alice@example.com');
    expect(page.text).toContain(code);
    const reset = await request(app)
      .post('/api/auth/reset-password')
      .send({ username: 'mail-alice', code, newPassword: 'New-Passw0rd' });
    expect(reset.status).toBe(204);
    const login = await request(app)
      .post('/api/auth/login')
      .send({ username: 'mail-alice', password: 'New-Passw0rd' });
    expect(login.status).toBe(200);
  });

  it('when two messages were sent, then the newest is listed first', async () => {
    await addUser('mail-first');
    await addUser('mail-second');
    await request(app).post('/api/auth/forgot-password').send({ username: 'mail-first' });
    await codeFor('mail-first');
    await request(app).post('/api/auth/forgot-password').send({ username: 'mail-second' });
    await codeFor('mail-second');

    const page = await request(app).get('/_local/mail');

    expect(page.text.indexOf('mail-second')).toBeLessThan(page.text.indexOf('mail-first'));
  });

  it('when the mailbox is on, then the reset and confirm pages link to it', async () => {
    const reset = await request(app).get('/reset-password');
    const confirm = await request(app).get('/confirm');

    expect(reset.text).toContain('href="/_local/mail"');
    expect(confirm.text).toContain('href="/_local/mail"');
  });

  it('when the app is built without a mailbox (a local endpoint alone), then /_local/mail is 404 and no page links it', async () => {
    const t = await createTestApp();
    try {
      expect(t.config.cognitoEndpoint).toBeDefined();
      expect((await request(t.app).get('/_local/mail')).status).toBe(404);
      expect((await request(t.app).get('/reset-password')).text).not.toContain('/_local/mail');
    } finally {
      t.close();
    }
  });
});

describe('GET /_local/mail from another machine', () => {
  let server: Server;
  let port: number;
  const outsideAddress = Object.values(networkInterfaces())
    .flat()
    .find((nic) => nic && nic.family === 'IPv4' && !nic.internal)?.address;

  beforeAll(async () => {
    server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '0.0.0.0', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('when the app listens on every interface, then loopback gets the page and a non-loopback address gets 404 even claiming X-Forwarded-For 127.0.0.1', async () => {
    if (!outsideAddress)
      throw new Error('This test needs a non-loopback IPv4 address on the machine');

    const local = await fetch(`http://127.0.0.1:${port}/_local/mail`);
    const outside = await fetch(`http://${outsideAddress}:${port}/_local/mail`, {
      headers: { 'X-Forwarded-For': '127.0.0.1' },
    });

    expect(local.status).toBe(200);
    expect(outside.status).toBe(404);
    expect(await outside.text()).not.toContain('Local mailbox');
  });
});
