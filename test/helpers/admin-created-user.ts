import { randomUUID } from 'node:crypto';
import { AdminCreateUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { TestApp } from './test-app';

/** A user an administrator created with a temporary password (FORCE_CHANGE_PASSWORD), as AWS's docs do. */
export async function createAdminCreatedUser(
  t: Pick<TestApp, 'cognitoAdmin' | 'config'>,
): Promise<{ username: string; temporaryPassword: string }> {
  const username = `admin-made-${randomUUID().slice(0, 8)}`;
  const temporaryPassword = 'Temp-Passw0rd1';
  await t.cognitoAdmin.send(
    new AdminCreateUserCommand({
      UserPoolId: t.config.userPoolId,
      Username: username,
      TemporaryPassword: temporaryPassword,
      MessageAction: 'SUPPRESS',
      UserAttributes: [{ Name: 'email', Value: `${username}@example.com` }],
    }),
  );
  return { username, temporaryPassword };
}
