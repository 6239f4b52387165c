import {
  formatSmokeTable,
  runSmokeChecks,
  smokeExitCode,
  type SmokeCheck,
  type SmokeContext,
} from '../../../scripts/smoke-run';
import { smokeUrlsOf } from '../../../scripts/smoke-target';
import { parseSmokeArgs, UsageError } from '../../../scripts/cli-args';

function context(local: boolean): SmokeContext {
  return {
    target: { local } as SmokeContext['target'],
    site: {} as SmokeContext['site'],
    made: {},
  };
}

const makesUser: SmokeCheck = {
  name: 'make a user',
  run: async ({ made }) => {
    made.user = { username: 'u', password: 'p' };
    return 'made';
  },
};
const fails: SmokeCheck = {
  name: 'sign in',
  run: async () => {
    throw new Error('answered 500');
  },
};
const needsToken: SmokeCheck = { name: 'post', needs: 'accessToken', run: async () => 'posted' };
const edge: SmokeCheck = { name: 'compression', awsOnly: true, run: async () => 'br' };
const cleanup: SmokeCheck = { name: 'delete the user', needs: 'user', run: async () => 'deleted' };

describe('runSmokeChecks', () => {
  it('when a check fails, then the ones that need its result are skipped, the clean-up still runs and the exit code is 1', async () => {
    const results = await runSmokeChecks([makesUser, fails, needsToken, cleanup], context(false));

    expect(results.map((r) => [r.name, r.outcome])).toEqual([
      ['make a user', 'pass'],
      ['sign in', 'fail'],
      ['post', 'skip'],
      ['delete the user', 'pass'],
    ]);
    expect(results[1].detail).toBe('answered 500');
    expect(smokeExitCode(results)).toBe(1);
    expect(formatSmokeTable(results)).toMatch(/sign in\s+FAIL\s+answered 500[\s\S]*FAILED: 1/);
  });

  it('when run locally, then AWS-only checks say "skipped (local)" and a run with no failure exits 0', async () => {
    const results = await runSmokeChecks([makesUser, edge], context(true));

    expect(results[1]).toEqual({ name: 'compression', outcome: 'skip', detail: 'skipped (local)' });
    expect(smokeExitCode(results)).toBe(0);
    expect(formatSmokeTable(results)).toMatch(/Smoke test passed\.$/);
  });
});

describe('smokeUrlsOf', () => {
  it('when the stack has SiteUrl, HttpApiUrl and UserPoolId, then they are read without trailing slashes', () => {
    const urls = smokeUrlsOf([
      { OutputKey: 'SiteUrl', OutputValue: 'https://d1.cloudfront.net/' },
      { OutputKey: 'HttpApiUrl', OutputValue: 'https://abc.execute-api.us-east-1.amazonaws.com' },
      { OutputKey: 'UserPoolId', OutputValue: 'us-east-1_abc' },
    ]);

    expect(urls).toEqual({
      siteUrl: 'https://d1.cloudfront.net',
      directApiUrl: 'https://abc.execute-api.us-east-1.amazonaws.com',
      userPoolId: 'us-east-1_abc',
    });
  });

  it('when outputs are missing, then the error names each of them', () => {
    expect(() => smokeUrlsOf([{ OutputKey: 'UserPoolId', OutputValue: 'x' }])).toThrow(
      'The stack has no output(s): SiteUrl, HttpApiUrl',
    );
  });
});

describe('parseSmokeArgs', () => {
  it('when given --stage or --local with --url, then they are read; --local with --stage is refused', () => {
    expect(parseSmokeArgs(['--stage', 'prod'])).toEqual({
      stage: 'prod',
      region: 'us-east-1',
      local: false,
    });
    expect(parseSmokeArgs(['--local', '--url', 'http://127.0.0.1:3000/'])).toMatchObject({
      local: true,
      url: 'http://127.0.0.1:3000',
    });
    expect(() => parseSmokeArgs(['--local', '--stage', 'dev'])).toThrow(UsageError);
    expect(() => parseSmokeArgs(['--url', 'ftp://x'])).toThrow(/Invalid --url/);
  });
});
