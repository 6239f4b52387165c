import request from 'supertest';
import { apiTokens, createConfirmedUser } from '../../helpers/auth-helpers';
import { createTestApp, testEndpoints, type TestApp } from '../../helpers/test-app';
import { startAwsProxy } from '../../helpers/aws-proxy';

let t: TestApp;
let dynamo: Awaited<ReturnType<typeof startAwsProxy>>;
let moderator: string;

/** The DynamoDB calls `run` causes, sorted (parallel calls arrive in any order). */
async function callsOf(run: () => Promise<unknown>): Promise<string[]> {
  dynamo.calls.length = 0;
  await run();
  return [...dynamo.calls].sort();
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

beforeAll(async () => {
  dynamo = await startAwsProxy(testEndpoints().dynamo);
  t = await createTestApp({ DYNAMODB_ENDPOINT: dynamo.url });
  const user = await createConfirmedUser(t, { groups: ['moderators'] });
  moderator = (await apiTokens(t, user.username, user.password)).accessToken;
  // Warm-up: the first verification fetches the JWKS; board main is made on first use.
  await request(t.app).get('/api/boards/main').set(bearer(moderator)).expect(200);
});
afterAll(() => {
  t.close();
  dynamo.close();
});

describe('DynamoDB calls of the ban routes', () => {
  it('when a moderator bans, lists and lifts, then each route makes its fixed calls', async () => {
    const member = await createConfirmedUser(t);
    const memberToken = (await apiTokens(t, member.username, member.password)).accessToken;

    const ban = await callsOf(() =>
      request(t.app)
        .post('/api/moderation/bans')
        .set(bearer(moderator))
        .send({ username: member.username, reason: 'spam' })
        .expect(201),
    );
    const list = await callsOf(() =>
      request(t.app).get('/api/moderation/bans').set(bearer(moderator)).expect(200),
    );
    const refused = await callsOf(() =>
      request(t.app).post('/api/comments').set(bearer(memberToken)).send({ text: 'x' }).expect(403),
    );
    const lift = await callsOf(() =>
      request(t.app)
        .delete(`/api/moderation/bans/${member.username}`)
        .set(bearer(moderator))
        .expect(204),
    );

    // Guard GetItem, pointer GetItem, target record GetItem; record UpdateItem, list UpdateItem.
    expect(ban).toEqual(['GetItem', 'GetItem', 'GetItem', 'UpdateItem', 'UpdateItem']);
    expect(list).toEqual(['Query']);
    // The banned post stops at the one BatchGetItem every post makes (user record included).
    expect(refused).toEqual(['BatchGetItem']);
    expect(lift).toEqual(['DeleteItem', 'GetItem', 'GetItem', 'GetItem', 'UpdateItem']);
  });
});
