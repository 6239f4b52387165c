import net from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { provisionLocal, startLocalStack } from '../../../src/local/local-stack';
import { freePort, PortInUseError } from '../../../src/local/port-check';
import { ensureUser } from '../../../src/local/provision';

const NAMES = { tableName: 'comments', poolName: 'comment-board' };
const DEMO = { username: 'demo', password: 'Demo-Passw0rd!', email: 'demo@example.com' };

describe('the embedded local stack', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'local-stack-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it('when started twice on the same data folder, then the second start reuses table, pool, client and user', async () => {
    const ports = { dynamoPort: await freePort(), cognitoPort: await freePort() };
    const first = await startLocalStack({ dataDir, ...ports, persistDynamo: true });
    const ids1 = await provisionLocal(first, NAMES);
    expect(await ensureUser(first.cognitoAdmin, ids1.userPoolId, DEMO)).toBe('created');
    await first.stop();

    const second = await startLocalStack({ dataDir, ...ports, persistDynamo: true });
    try {
      const ids2 = await provisionLocal(second, NAMES);
      expect(ids2).toEqual(ids1);
      expect(await ensureUser(second.cognitoAdmin, ids2.userPoolId, DEMO)).toBe('existing');
      const tables = await second.dynamoAdmin.send(new ListTablesCommand({}));
      expect(tables.TableNames).toEqual(['comments']);
      const user = await second.cognitoAdmin.send(
        new AdminGetUserCommand({ UserPoolId: ids2.userPoolId, Username: 'demo' }),
      );
      expect(user.UserStatus).toBe('CONFIRMED');
    } finally {
      await second.stop();
    }
  });

  it('when the DynamoDB port is taken, then startup fails naming the port and the variable', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const attempt = startLocalStack({
        dataDir,
        dynamoPort: port,
        cognitoPort: await freePort(),
        persistDynamo: false,
      });
      await expect(attempt).rejects.toThrow(PortInUseError);
      await expect(attempt).rejects.toThrow(`Port ${port} is already in use`);
      await expect(attempt).rejects.toThrow('LOCAL_DYNAMODB_PORT');
    } finally {
      blocker.close();
    }
  });
});
