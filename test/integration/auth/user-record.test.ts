import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { AdminGetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, type TestApp } from '../../helpers/test-app';
import { nextSecond, pageSession } from '../../helpers/page-session';
import { createAdminCreatedUser } from '../../helpers/admin-created-user';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** The user record as stored (read straight from the table). */
async function recordOf(sub: string): Promise<Record<string, unknown> | undefined> {
  const out = await t.dynamoAdmin.send(
    new GetItemCommand({
      TableName: t.config.commentsTable,
      Key: { board: { S: `user#${sub}` }, id: { S: 'user' } },
      ConsistentRead: true,
    }),
  );
  return out.Item && unmarshall(out.Item);
}

async function subOf(username: string): Promise<string> {
  const user = await t.cognitoAdmin.send(
    new AdminGetUserCommand({ UserPoolId: t.config.userPoolId, Username: username }),
  );
  return user.UserAttributes!.find((a) => a.Name === 'sub')!.Value!;
}

describe('user record', () => {
  it('when a user signs in twice (API, then the page), then the record keeps the first sign-in as first seen and the groups of the last', async () => {
    const user = await createConfirmedUser(t, {
      username: `Mixed-${randomUUID().slice(0, 6)}`,
      groups: ['moderators'],
    });
    const sub = await subOf(user.username);
    expect(await recordOf(sub)).toBeUndefined();

    const before = Math.floor(Date.now() / 1000);
    await apiTokens(t, user.username, user.password);
    const first = await recordOf(sub);
    expect(first).toEqual(
      expect.objectContaining({
        sub,
        username: user.username.toLowerCase(),
        groups: ['moderators'],
      }),
    );
    expect(first!.createdAt).toBeGreaterThanOrEqual(before);

    await nextSecond();
    await pageSession(t.app, user);
    const second = await recordOf(sub);
    expect(second!.createdAt).toBe(first!.createdAt);
    expect(second!.tokensRevokedBefore).toBeUndefined();
  });

  it('when a user signs up, then the record exists with the sub Cognito returned and no groups', async () => {
    const username = `signup-${randomUUID().slice(0, 8)}`;
    await request(t.app)
      .post('/api/auth/signup')
      .send({ username, email: `${username}@example.com`, password: 'Test-Passw0rd!' })
      .expect(201);
    const sub = await subOf(username);
    expect(await recordOf(sub)).toEqual(
      expect.objectContaining({ sub, username, groups: [], createdAt: expect.any(Number) }),
    );
  });

  it('when an admin-created user chooses a new password, then that first sign-in writes the record', async () => {
    const user = await createAdminCreatedUser(t);
    const login = await request(t.app)
      .post('/api/auth/login')
      .send({ username: user.username, password: user.temporaryPassword })
      .expect(403);
    const sub = await subOf(user.username);
    expect(await recordOf(sub)).toBeUndefined();
    await request(t.app)
      .post('/api/auth/new-password')
      .send({
        username: user.username,
        session: login.body.error.session,
        newPassword: 'New-Passw0rd!',
      })
      .expect(200);
    expect(await recordOf(sub)).toEqual(
      expect.objectContaining({ sub, username: user.username, groups: [] }),
    );
  });

  it('when a user signs out, then the record carries the tokens-revoked-before marker', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);
    const at = Math.floor(Date.now() / 1000);
    await request(t.app)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${tokens.accessToken}`)
      .send({ refreshToken: tokens.refreshToken })
      .expect(204);
    const record = await recordOf(await subOf(user.username));
    expect(record!.tokensRevokedBefore).toBeGreaterThanOrEqual(at);
  });
});
