import request from 'supertest';
import {
  apiTokens,
  createConfirmedUser,
  signInAgent,
  type SignedInAgent,
  type TestTokens,
  type TestUser,
} from '../../helpers/auth-helpers';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';
import { startAwsProxy } from '../../helpers/aws-proxy';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createDependencies } from '../../../src/dependencies';

/** Cognito's account calls; while `cognitoDown`, the proxy cuts them off like an outage would. */
const ACCOUNT_CALLS = new Set(['InitiateAuth', 'ChangePassword', 'GetUser']);
let cognitoDown = false;

let t: TestApp;
let dynamo: Awaited<ReturnType<typeof startAwsProxy>>;
let cognito: Awaited<ReturnType<typeof startAwsProxy>>;
let user: TestUser;
let tokens: TestTokens;
let browser: SignedInAgent;

async function callsOf(run: () => Promise<unknown>) {
  dynamo.calls.length = 0;
  cognito.calls.length = 0;
  await run();
  // The page's reads run side by side: their order is not part of the contract.
  return { dynamo: [...dynamo.calls].sort(), cognito: [...cognito.calls].sort() };
}

beforeAll(async () => {
  const endpoints = testEndpoints();
  dynamo = await startAwsProxy(endpoints.dynamo);
  cognito = await startAwsProxy(endpoints.cognito, {
    drop: (operation) => cognitoDown && ACCOUNT_CALLS.has(operation),
  });
  const base = await createTestApp({ DYNAMODB_ENDPOINT: dynamo.url });
  const config = loadConfig({
    ...base.env,
    COGNITO_ENDPOINT: cognito.url,
    COGNITO_ISSUER: base.config.issuer,
    COGNITO_JWKS_URI: `${cognito.url}/${base.config.userPoolId}/.well-known/jwks.json`,
  });
  t = { ...base, config, app: createApp(createDependencies(config)) };
  user = await createConfirmedUser(t);
  tokens = await apiTokens(t, user.username, user.password);
  browser = await signInAgent(t, user.username, user.password);
  // Warm-up: the first verification fetches the JWKS once per cold start.
  await request(t.app).get('/api/me/export').set('Authorization', `Bearer ${tokens.accessToken}`);
});
afterEach(() => {
  cognitoDown = false;
});
afterAll(() => {
  t.close();
  dynamo.close();
  cognito.close();
});

const bearer = (token = tokens.accessToken) => ({ Authorization: `Bearer ${token}` });

describe('DynamoDB and Cognito calls per account request', () => {
  it('when the account page is shown, then it is one GetItem, one Query and one GetUser', async () => {
    const calls = await callsOf(() => browser.agent.get('/account').expect(200));

    expect(calls).toEqual({ dynamo: ['GetItem', 'Query'], cognito: ['GetUser'] });
  });

  it('when a few comments are exported with an access token, then it is one GetItem, two Queries (comments, likes) and one GetUser', async () => {
    const calls = await callsOf(() =>
      request(t.app).get('/api/me/export').set(bearer()).expect(200),
    );

    expect(calls).toEqual({ dynamo: ['GetItem', 'Query', 'Query'], cognito: ['GetUser'] });
  });

  it('when the export is asked with an ID token, then its email claim saves the GetUser call', async () => {
    const calls = await callsOf(() =>
      request(t.app).get('/api/me/export').set(bearer(tokens.idToken)).expect(200),
    );

    expect(calls).toEqual({ dynamo: ['GetItem', 'Query', 'Query'], cognito: [] });
  });

  it('when the password is changed, then it is the write guard GetItem, then InitiateAuth and ChangePassword', async () => {
    const other = await createConfirmedUser(t);
    const token = (await apiTokens(t, other.username, other.password)).accessToken;

    const calls = await callsOf(() =>
      request(t.app)
        .post('/api/me/password')
        .set(bearer(token))
        .send({ currentPassword: other.password, newPassword: 'Changed-Passw0rd' })
        .expect(204),
    );

    expect(calls).toEqual({ dynamo: ['GetItem'], cognito: ['ChangePassword', 'InitiateAuth'] });
  });

  it('when the new password is weak, then no Cognito call is made at all', async () => {
    const calls = await callsOf(() =>
      request(t.app)
        .post('/api/me/password')
        .set(bearer())
        .send({ currentPassword: user.password, newPassword: 'weak' })
        .expect(400),
    );

    expect(calls.cognito).toEqual([]);
  });
});

describe('account requests while Cognito is unreachable', () => {
  it('when the password is changed, then 503 with Retry-After', async () => {
    cognitoDown = true;

    const res = await request(t.app)
      .post('/api/me/password')
      .set(bearer())
      .send({ currentPassword: user.password, newPassword: 'Changed-Passw0rd' });

    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('service_unavailable');
    expect(res.headers['retry-after']).toBeDefined();
  });

  it('when the export needs GetUser, then 503 rather than an export without the email', async () => {
    cognitoDown = true;

    const res = await request(t.app).get('/api/me/export').set(bearer());

    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('service_unavailable');
  });

  it('when the account page is shown, then it still shows everything but the email', async () => {
    cognitoDown = true;

    const res = await browser.agent.get('/account');

    expect(res.status).toBe(200);
    expect(res.text).toContain(`<dd>${user.username}</dd>`);
    expect(res.text).toContain('<dd>Not available right now</dd>');
  });

  it('when the password form is sent, then the page says it could not be changed, above the form', async () => {
    cognitoDown = true;

    const res = await browser.agent.post('/account/password').type('form').send({
      _csrf: browser.csrfToken,
      currentPassword: user.password,
      newPassword: 'Changed-Passw0rd',
    });

    expect(res.status).toBe(503);
    expect(res.text).toContain('Your password could not be changed right now.');
  });
});
