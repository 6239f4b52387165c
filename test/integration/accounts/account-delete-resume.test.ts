import request from 'supertest';
import type { Express } from 'express';
import { apiTokens, createConfirmedUser, csrfFieldOf } from '../../helpers/auth-helpers';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';
import { startAwsProxy, type AwsProxy } from '../../helpers/aws-proxy';
import { cookieHeader, setCookies } from '../../helpers/set-cookies';
import { nextSecond } from '../../helpers/page-session';
import { itemOf, subOf } from '../../helpers/table-items';
import { createApp } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import { createDependencies, createDynamoClient } from '../../../src/dependencies';
import { createTableAccess } from '../../../src/storage/dynamo-table';
import { createUserRecords } from '../../../src/storage/user-records';

/** Operations the proxy in front of cognito-local cuts off, as an unreachable Cognito would. */
const dropped = new Set<string>();
let t: TestApp;
let proxy: AwsProxy;
/** The same app, table and pool, but reaching Cognito through the proxy. */
let viaProxy: Express;
beforeAll(async () => {
  proxy = await startAwsProxy(testEndpoints().cognito, { drop: (op) => dropped.has(op) });
  t = await createTestApp();
  const config = loadConfig({
    ...t.env,
    COGNITO_ENDPOINT: proxy.url,
    COGNITO_ISSUER: t.config.issuer,
    COGNITO_JWKS_URI: t.config.jwksUri,
  });
  viaProxy = createApp(createDependencies(config));
});
afterEach(() => dropped.clear());
afterAll(() => {
  t.close();
  proxy.close();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const postComment = (app: Express, token: string, text: string) =>
  request(app).post('/api/comments').set(bearer(token)).send({ text });

async function writer() {
  const user = await createConfirmedUser(t);
  const tokens = await apiTokens(t, user.username, user.password);
  const { body: comment } = await postComment(t.app, tokens.accessToken, 'to erase').expect(201);
  return {
    user,
    tokens,
    comment: comment as { id: string },
    sub: (await subOf(t, user.username))!,
  };
}

describe('an account deletion cut short', () => {
  it('when only the first step ran, then no token writes, not even a refreshed one, and the next sign-in finishes the deletion', async () => {
    const { user, tokens, comment, sub } = await writer();
    const table = createTableAccess(createDynamoClient(t.config), t.config.commentsTable);
    await createUserRecords(table).markDeleting(sub, Math.floor(Date.now() / 1000));
    await nextSecond();

    const refreshed = await request(t.app)
      .post('/api/auth/refresh')
      .send({ refreshToken: tokens.refreshToken })
      .expect(200);
    await postComment(t.app, refreshed.body.accessToken, 'refreshed after').expect(401);
    expect(await itemOf(t, 'main', comment.id)).toBeDefined();

    const signIn = await request(t.app).post('/api/auth/login').send(user).expect(401);

    expect(signIn.body.error.code).toBe('invalid_credentials');
    expect(await subOf(t, user.username)).toBeUndefined();
    expect(await itemOf(t, 'main', comment.id)).toBeUndefined();
    expect(await itemOf(t, `user#${sub}`, 'user')).not.toHaveProperty('username');
  });

  it('when DeleteUser never reaches Cognito, then it is 503, and a sign-in on the page finishes the deletion and says so', async () => {
    const { user, tokens, comment, sub } = await writer();
    dropped.add('DeleteUser');

    const res = await request(viaProxy)
      .post('/api/me/delete')
      .set(bearer(tokens.accessToken))
      .send({ password: user.password })
      .expect(503);

    expect(res.body.error.code).toBe('service_unavailable');
    expect(await subOf(t, user.username)).toBe(sub);
    expect(await itemOf(t, `user#${sub}`, 'user')).toHaveProperty('deletingSince');
    await postComment(t.app, tokens.accessToken, 'half-deleted').expect(401);

    const form = await request(t.app).get('/login');
    const signIn = await request(t.app)
      .post('/login')
      .set('Cookie', cookieHeader(cookieValues(form)))
      .type('form')
      .send({ _csrf: csrfFieldOf(form.text), ...user })
      .expect(401);

    expect(signIn.text).toContain('This account was deleted.');
    expect(signIn.text).not.toContain(user.password);
    expect(setCookies(signIn).session).toBeUndefined();
    expect(await subOf(t, user.username)).toBeUndefined();
    expect(await itemOf(t, 'main', comment.id)).toBeUndefined();
    expect(Object.keys((await itemOf(t, `user#${sub}`, 'user'))!)).not.toContain('username');
  });

  it('when Cognito cannot check the password, then it is 503 and nothing is deleted', async () => {
    const { user, tokens, comment, sub } = await writer();
    dropped.add('InitiateAuth');

    const res = await request(viaProxy)
      .post('/api/me/delete')
      .set(bearer(tokens.accessToken))
      .send({ password: user.password })
      .expect(503);

    expect(res.body.error.code).toBe('service_unavailable');
    expect(await itemOf(t, 'main', comment.id)).toBeDefined();
    expect(await itemOf(t, `user#${sub}`, 'user')).not.toHaveProperty('deletingSince');
    await postComment(t.app, tokens.accessToken, 'still mine').expect(201);
  });
});

function cookieValues(res: request.Response): Record<string, string> {
  return Object.fromEntries(Object.entries(setCookies(res)).map(([k, c]) => [k, c.value]));
}
