import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { LOCAL_CLIENT, LOCAL_NAMES } from '../../src/local/local-stack';
import { ensureUserPool } from '../../src/local/provision';
import type { LocalAppProcess } from './local-app-process';

/** A confirmed user with a permanent password in `npm start`'s pool, in `groups` (e.g. moderators). */
export async function createLocalUser(
  app: LocalAppProcess,
  user: { username: string; password: string },
  groups: string[] = [],
): Promise<void> {
  const admin = new CognitoIdentityProviderClient({
    ...LOCAL_CLIENT,
    endpoint: app.cognitoEndpoint,
  });
  try {
    const { userPoolId: UserPoolId } = await ensureUserPool(admin, LOCAL_NAMES.poolName);
    const Username = user.username;
    await admin.send(
      new AdminCreateUserCommand({
        UserPoolId,
        Username,
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: `${Username}@example.com` }],
      }),
    );
    await admin.send(
      new AdminSetUserPasswordCommand({
        UserPoolId,
        Username,
        Password: user.password,
        Permanent: true,
      }),
    );
    for (const GroupName of groups) {
      await admin.send(new AdminAddUserToGroupCommand({ UserPoolId, Username, GroupName }));
    }
  } finally {
    admin.destroy();
  }
}

/** Signs `user` in through the JSON API of a running app and returns a fetch for `/api` calls. */
export async function localApi(app: LocalAppProcess, user: { username: string; password: string }) {
  const login = await fetch(`${app.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async (method: string, path: string, body?: object) => {
    const res = await fetch(`${app.baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
}
