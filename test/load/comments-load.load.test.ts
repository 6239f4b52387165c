import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ensureUserPool } from '../../src/local/provision';
import { expectEveryPostListedOnce, loadUserTokens, postAndWalk } from '../helpers/comments-load';
import { reportFigures } from '../helpers/figures-report';
import { startLocalAppProcess, type LocalAppProcess } from '../helpers/local-app-process';

const TOTAL = 2000;
const CONNECTIONS = 50;
const USERS = 10;

describe('2,000 posts under load against npm start', () => {
  let app: LocalAppProcess;
  beforeAll(async () => {
    // 2,000 posts by 10 users in seconds: far over the people-sized default limit.
    app = await startLocalAppProcess({ POST_RATE_PER_MINUTE: '10000' });
  });
  afterAll(async () => {
    await app?.stop();
  });

  it('when 10 users post 2,000 comments over 50 connections, then there is no 5xx and walking every page lists each comment exactly once', async () => {
    const cognito = new CognitoIdentityProviderClient({
      region: 'us-east-1',
      endpoint: app.cognitoEndpoint,
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    const { userPoolId } = await ensureUserPool(cognito, 'comment-board');
    const tokens = await loadUserTokens(app.baseUrl, cognito, userPoolId, USERS);
    cognito.destroy();

    const run = await postAndWalk(app.baseUrl, tokens, TOTAL, CONNECTIONS);

    expectEveryPostListedOnce(run, TOTAL, USERS);
    const { result, listed, pages, ids } = run;

    reportFigures('comments-load', {
      posts: TOTAL,
      connections: CONNECTIONS,
      users: USERS,
      durationSec: result.duration,
      reqPerSec: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      latencyMaxMs: result.latency.max,
      status2xx: result['2xx'],
      status5xx: result['5xx'],
      listed,
      distinctIds: ids.size,
      pagesWalked: pages,
    });
  });
});
