import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startLocalAppProcess, type LocalAppProcess } from '../../helpers/local-app-process';
import { runScript } from '../../helpers/run-script';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { readDataLock } from '../../../src/local/data-lock';
import { LOCAL_CLIENT, LOCAL_NAMES } from '../../../src/local/local-stack';

async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function groupsOf(baseUrl: string, accessToken: string): Promise<string[]> {
  const res = await fetch(`${baseUrl}/api/me`, {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  return ((await res.json()) as { groups: string[] }).groups;
}

describe('user commands with --local', () => {
  let app: LocalAppProcess;
  beforeAll(async () => {
    app = await startLocalAppProcess();
  }, 60000);
  afterAll(() => app?.stop());

  it('when user:promote --local names the demo user, then a new sign-in carries the moderators group and an older token does not', async () => {
    const before = await signIn(app.baseUrl, 'demo', 'Demo-Passw0rd!');

    const result = await runScript('user-promote', ['--local', '--username', 'demo'], app.dataDir);

    expect(result).toEqual({ code: 0, output: expect.stringContaining('next sign-in') });
    const after = await signIn(app.baseUrl, 'demo', 'Demo-Passw0rd!');
    expect(await groupsOf(app.baseUrl, after)).toContain('moderators');
    expect(await groupsOf(app.baseUrl, before)).not.toContain('moderators');
  }, 60000);

  it('when user:create --local is given a password, then that user can sign in to npm start', async () => {
    const result = await runScript(
      'user-create',
      [
        '--local',
        '--username',
        'carol',
        '--email',
        'carol@example.com',
        '--password',
        'Carol-Pass1',
      ],
      app.dataDir,
    );

    expect(result.code).toBe(0);
    expect(result.output).toContain('Created carol');
    await signIn(app.baseUrl, 'carol', 'Carol-Pass1');
  }, 60000);

  it('when user:create --local --temporary is used, then the first sign-in asks for a new password', async () => {
    const result = await runScript(
      'user-create',
      [
        '--local',
        '--temporary',
        '--username',
        'dave',
        '--email',
        'dave@example.com',
        '--password',
        'Dave-Temp1',
      ],
      app.dataDir,
    );

    expect(result.code).toBe(0);
    expect(result.output).toContain('temporary password');
    const login = await fetch(`${app.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'dave', password: 'Dave-Temp1' }),
    });
    expect(login.status).toBe(403);
    expect(((await login.json()) as { error: { code: string } }).error.code).toBe(
      'new_password_required',
    );
  }, 60000);

  it('when user:erase --local names a deleted account that left a comment behind, then it erases it; a live account is refused', async () => {
    await runScript(
      'user-create',
      ['--local', '--username', 'erin', '--email', 'erin@example.com', '--password', 'Erin-Pass1'],
      app.dataDir,
    );
    const token = await signIn(app.baseUrl, 'erin', 'Erin-Pass1');
    const { sub } = (await (
      await fetch(`${app.baseUrl}/api/me`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { sub: string };
    const deleted = await fetch(`${app.baseUrl}/api/me/delete`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'Erin-Pass1' }),
    });
    expect(deleted.status).toBe(204);
    // A comment the author index did not show yet when the account was deleted.
    const table = DynamoDBDocumentClient.from(
      new DynamoDBClient({ ...LOCAL_CLIENT, endpoint: readDataLock(app.dataDir)!.dynamoEndpoint }),
    );
    const straggler = { board: 'main', id: '01JZZZZZZZZZZZZZZZZZZZZZZZ' };
    await table.send(
      new PutCommand({
        TableName: LOCAL_NAMES.tableName,
        Item: { ...straggler, userId: sub, username: 'erin', text: 'late', visible: 1 },
      }),
    );

    const erased = await runScript('user-erase', ['--local', '--sub', sub], app.dataDir);
    const demoToken = await signIn(app.baseUrl, 'demo', 'Demo-Passw0rd!');
    const demo = (await (
      await fetch(`${app.baseUrl}/api/me`, { headers: { authorization: `Bearer ${demoToken}` } })
    ).json()) as { sub: string };
    const refused = await runScript('user-erase', ['--local', '--sub', demo.sub], app.dataDir);

    expect(erased).toEqual({ code: 0, output: expect.stringContaining('Erased 1 comments') });
    const left = await table.send(
      new GetCommand({ TableName: LOCAL_NAMES.tableName, Key: straggler, ConsistentRead: true }),
    );
    expect(left.Item).toBeUndefined();
    expect(refused.code).toBe(1);
    expect(refused.output).toContain('No deletion was started');
    table.destroy();
  }, 60000);

  it('when no npm start runs on the data folder, then --local fails naming the folder and how to start it', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'no-npm-start-'));
    try {
      const result = await runScript('user-promote', ['--local', '--username', 'demo'], empty);

      expect(result.code).toBe(1);
      expect(result.output).toContain(empty);
      expect(result.output).toContain('npm start');
      expect(result.output).not.toContain('credentials');
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 60000);
});
