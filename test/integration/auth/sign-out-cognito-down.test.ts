import request from 'supertest';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';
import { pageSession } from '../../helpers/page-session';
import { startAwsProxy } from '../../helpers/aws-proxy';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createDependencies } from '../../../src/dependencies';

/** cognito-local behind a proxy that drops every RevokeToken call, as an unreachable Cognito would. */
const proxyDroppingRevoke = (target: string) =>
  startAwsProxy(target, { drop: (operation) => operation === 'RevokeToken' });

let t: TestApp;
let proxy: Awaited<ReturnType<typeof proxyDroppingRevoke>>;
beforeAll(async () => {
  proxy = await proxyDroppingRevoke(testEndpoints().cognito);
  const base = await createTestApp();
  const config = loadConfig({
    ...base.env,
    COGNITO_ENDPOINT: proxy.url,
    COGNITO_ISSUER: base.config.issuer,
    COGNITO_JWKS_URI: base.config.jwksUri,
  });
  t = { ...base, config, app: createApp(createDependencies(config)) };
});
afterAll(() => {
  t.close();
  proxy.close();
});

/** Whether Cognito itself still accepts the refresh token (straight to cognito-local, no proxy). */
const cognitoAccepts = (refreshToken: string) =>
  t.cognitoAdmin
    .send(
      new InitiateAuthCommand({
        AuthFlow: 'REFRESH_TOKEN_AUTH',
        ClientId: t.config.clientId,
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      }),
    )
    .then(
      () => true,
      () => false,
    );

describe('sign-out when Cognito cannot revoke the refresh token', () => {
  it('when the API signs out and RevokeToken never reaches Cognito, then it is 204 and the app refuses the refresh token anyway', async () => {
    const user = await createConfirmedUser(t);
    const tokens = await apiTokens(t, user.username, user.password);

    await request(t.app)
      .post('/api/auth/logout')
      .set('Authorization', `Bearer ${tokens.accessToken}`)
      .send({ refreshToken: tokens.refreshToken })
      .expect(204);

    expect(await cognitoAccepts(tokens.refreshToken)).toBe(true);
    const refused = await request(t.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: tokens.refreshToken })
      .expect(401);
    expect(refused.body.error.code).toBe('invalid_refresh_token');
  });

  it('when a browser signs out and RevokeToken fails, then it is told so and its copied refresh cookie is refused', async () => {
    const user = await createConfirmedUser(t);
    const browser = await pageSession(t.app, user);
    const copy = { ...browser.cookies };

    const out = await request(t.app)
      .post('/logout')
      .set('Cookie', browser.header)
      .type('form')
      .send({ _csrf: browser.csrf })
      .expect(303);
    expect(out.headers.location).toBe('/login?notice=signed-out-here-only');
    const page = await request(t.app).get(out.headers.location).expect(200);
    expect(page.text).toContain('could not be reached to cancel it there');

    expect(await cognitoAccepts(copy.refresh)).toBe(true);
    // Only the refresh cookie: the page must try the transparent refresh, and refuse it.
    const board = await request(t.app)
      .get('/comments')
      .set('Cookie', `refresh=${encodeURIComponent(copy.refresh)}`)
      .expect(303);
    expect(board.headers.location).toMatch(/^\/login\?next=/);
  });
});
