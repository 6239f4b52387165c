import request from 'supertest';
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createTestApp, testEndpoints, type TestApp } from '../helpers/test-app';
import {
  apiTokens,
  createConfirmedUser,
  signInAgent,
  type TestUser,
} from '../helpers/auth-helpers';
import { tamperPayload } from '../helpers/jwt-factory';

// Real cognito-local tokens: every local pool shares one signing key (STACK-NOTES.md), so a token
// from another pool or app client has a valid signature and only the issuer/client checks stop it.
let t: TestApp;
let other: TestApp;
let user: TestUser;
beforeAll(async () => {
  [t, other] = await Promise.all([createTestApp(), createTestApp()]);
  user = await createConfirmedUser(t);
});
afterAll(() => {
  t.close();
  other.close();
});

const me = (token: string) => request(t.app).get('/api/me').set('Authorization', `Bearer ${token}`);

function expectInvalidToken(res: request.Response) {
  expect(res.status).toBe(401);
  expect(res.body.error.code).toBe('unauthorized');
  expect(res.headers['www-authenticate']).toMatch(/error="invalid_token"/);
}

describe('bearer tokens from the embedded Cognito', () => {
  it('when the access or ID token is ours, then /api/me answers with the user', async () => {
    const tokens = await apiTokens(t, user.username, user.password);
    expect((await me(tokens.accessToken)).body.username).toBe(user.username);
    expect((await me(tokens.idToken)).body.username).toBe(user.username);
  });

  it('when the token comes from another user pool (issuer), then it is rejected', async () => {
    const stranger = await createConfirmedUser(other);
    const tokens = await apiTokens(other, stranger.username, stranger.password);
    expectInvalidToken(await me(tokens.accessToken));
    expectInvalidToken(await me(tokens.idToken));
  });

  it('when the token was issued to another app client of our pool, then it is rejected', async () => {
    const admin = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint: testEndpoints().cognito,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const created = await admin.send(
      new CreateUserPoolClientCommand({ UserPoolId: t.config.userPoolId, ClientName: 'other' }),
    );
    const auth = await admin.send(
      new InitiateAuthCommand({
        ClientId: created.UserPoolClient!.ClientId!,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: user.username, PASSWORD: user.password },
      }),
    );
    admin.destroy();
    expectInvalidToken(await me(auth.AuthenticationResult!.AccessToken!));
    expectInvalidToken(await me(auth.AuthenticationResult!.IdToken!));
  });

  it('when a real token has its payload changed, then it is rejected', async () => {
    const tokens = await apiTokens(t, user.username, user.password);
    expectInvalidToken(
      await me(tamperPayload(tokens.accessToken, { 'cognito:groups': ['moderators'] })),
    );
  });

  it('when the request has only session cookies, then /api is not authorised by them', async () => {
    const signedIn = await signInAgent(t, user.username, user.password);
    const res = await signedIn.agent.get('/api/me');
    expect(res.status).toBe(401);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="comment-board"');
  });

  it('when the refresh token is used as a bearer token, then it is rejected', async () => {
    const tokens = await apiTokens(t, user.username, user.password);
    expectInvalidToken(await me(tokens.refreshToken));
  });
});
