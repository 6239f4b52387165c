import { randomUUID } from 'node:crypto';
import request from 'supertest';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { TestApp } from './test-app';
import { setCookies } from './set-cookies';

/** A confirmed user's credentials. */
export interface TestUser {
  username: string;
  password: string;
}

/** The tokens `POST /api/auth/login` returns. */
export interface TestTokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
}

/** A supertest agent holding a signed-in browser session, and the CSRF token its forms need. */
export interface SignedInAgent {
  agent: ReturnType<typeof request.agent>;
  readonly csrfToken: string;
}

/** Creates a confirmed user (admin API on the test pool), optionally in groups such as `moderators`. */
export async function createConfirmedUser(
  t: TestApp,
  options: { username?: string; password?: string; groups?: string[] } = {},
): Promise<TestUser> {
  const username = options.username ?? `user-${randomUUID().slice(0, 8)}`;
  const password = options.password ?? 'Test-Passw0rd!';
  const UserPoolId = t.config.userPoolId;
  await t.cognitoAdmin.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: username,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: `${username}@example.com` },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await t.cognitoAdmin.send(
    new AdminSetUserPasswordCommand({
      UserPoolId,
      Username: username,
      Password: password,
      Permanent: true,
    }),
  );
  for (const GroupName of options.groups ?? []) {
    await t.cognitoAdmin.send(
      new AdminAddUserToGroupCommand({ UserPoolId, Username: username, GroupName }),
    );
  }
  return { username, password };
}

/** Signs in through `POST /api/auth/login` and returns the bearer tokens. */
export async function apiTokens(
  t: TestApp,
  username: string,
  password: string,
): Promise<TestTokens> {
  const res = await request(t.app).post('/api/auth/login').send({ username, password });
  if (res.status !== 200)
    throw new Error(`API login failed: ${res.status} ${JSON.stringify(res.body)}`);
  const { accessToken, idToken, refreshToken } = res.body as TestTokens;
  return { accessToken, idToken, refreshToken };
}

/** The `_csrf` hidden field's value in an HTML page. */
export function csrfFieldOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match) throw new Error('No _csrf field in the page');
  return match[1];
}

/** Signs in through the real `/login` form (with its CSRF token), like a browser without JavaScript. */
export async function signInAgent(
  t: TestApp,
  username: string,
  password: string,
): Promise<SignedInAgent> {
  const agent = request.agent(t.app);
  const page = await agent.get('/login');
  const csrfToken = csrfFieldOf(page.text);
  const res = await agent
    .post('/login')
    .type('form')
    .send({ _csrf: csrfToken, username, password });
  if (res.status !== 303) throw new Error(`Form login failed: ${res.status}`);
  // Sign-in rotates the form token: later forms carry the one the new cookie holds.
  const rotated = setCookies(res).csrf?.value ?? csrfToken;
  return {
    agent,
    get csrfToken() {
      return rotated;
    },
  };
}
