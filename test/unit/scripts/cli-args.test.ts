import {
  parseDeployArgs,
  parseStageArgs,
  parseUserCreateArgs,
  parseRecountArgs,
  parseUserEraseArgs,
  parseUserPromoteArgs,
  UsageError,
} from '../../../scripts/cli-args';

describe('parseStageArgs', () => {
  it('when nothing is given, then stage dev in us-east-1', () => {
    expect(parseStageArgs([], 'deploy')).toEqual({ stage: 'dev', region: 'us-east-1' });
  });

  it('when --stage and --region are given, then they are used', () => {
    expect(parseStageArgs(['--stage', 'prod', '--region', 'eu-west-1'], 'deploy')).toEqual({
      stage: 'prod',
      region: 'eu-west-1',
    });
    expect(parseStageArgs(['--stage=qa'], 'remove').stage).toBe('qa');
  });

  it('when the stage or region is malformed, then a UsageError shows the usage', () => {
    expect(() => parseStageArgs(['--stage', 'no spaces'], 'deploy')).toThrow(UsageError);
    expect(() => parseStageArgs(['--region', 'mars'], 'remove')).toThrow(/Usage: npm run remove/);
  });

  it('when an unknown option or a positional is given, then a UsageError', () => {
    expect(() => parseStageArgs(['--force'], 'remove')).toThrow(UsageError);
    expect(() => parseStageArgs(['prod'], 'remove')).toThrow(UsageError);
  });
});

describe('parseDeployArgs', () => {
  it('when --param is given (spaced or inline), then every key=value is passed on', () => {
    const args = [
      '--stage',
      'prod',
      '--param',
      'allowedOrigins=https://a.example',
      '--param=logLevel=WARN',
    ];
    expect(parseDeployArgs(args)).toEqual({
      stage: 'prod',
      region: 'us-east-1',
      params: ['allowedOrigins=https://a.example', 'logLevel=WARN'],
    });
  });

  it('when a --param is not key=value, then a UsageError', () => {
    expect(() => parseDeployArgs(['--param', 'oops'])).toThrow(/Invalid --param/);
    expect(() => parseDeployArgs(['--param'])).toThrow(UsageError);
  });

  it('when nothing is given, then dev, us-east-1 and no params', () => {
    expect(parseDeployArgs([])).toEqual({ stage: 'dev', region: 'us-east-1', params: [] });
  });
});

describe('parseUserCreateArgs', () => {
  it('when username and email are given, then they are returned with the stage', () => {
    expect(
      parseUserCreateArgs(['--username', 'alice', '--email', 'a@example.com', '--stage', 'prod']),
    ).toEqual({
      stage: 'prod',
      region: 'us-east-1',
      local: false,
      username: 'alice',
      email: 'a@example.com',
      temporary: false,
    });
  });

  it('when --temporary is given, then the password is marked temporary', () => {
    expect(
      parseUserCreateArgs(['--local', '--temporary', '--username', 'c', '--email', 'c@example.com'])
        .temporary,
    ).toBe(true);
  });

  it('when a password is given, then it is passed on', () => {
    const args = parseUserCreateArgs([
      '--username',
      'bob',
      '--email',
      'b@example.com',
      '--password',
      'Secret123',
    ]);
    expect(args.password).toBe('Secret123');
  });

  it('when the username or email is missing or invalid, then a UsageError', () => {
    expect(() => parseUserCreateArgs(['--email', 'a@example.com'])).toThrow(
      /--username is required/,
    );
    expect(() => parseUserCreateArgs(['--username', 'alice'])).toThrow(/--email/);
    expect(() => parseUserCreateArgs(['--username', 'alice', '--email', 'nope'])).toThrow(
      UsageError,
    );
    expect(() => parseUserCreateArgs(['--username', 'has space', '--email', 'a@b.co'])).toThrow(
      UsageError,
    );
  });
});

describe('parseUserPromoteArgs', () => {
  it('when a username is given, then it is returned', () => {
    expect(parseUserPromoteArgs(['--username', 'alice'])).toEqual({
      stage: 'dev',
      region: 'us-east-1',
      local: false,
      username: 'alice',
    });
  });

  it('when --local is given, then the command targets npm start', () => {
    expect(parseUserPromoteArgs(['--local', '--username', 'demo']).local).toBe(true);
    expect(
      parseUserCreateArgs(['--local', '--username', 'bob', '--email', 'b@example.com']).local,
    ).toBe(true);
  });

  it('when --local is combined with --stage or --region, then a UsageError', () => {
    expect(() => parseUserPromoteArgs(['--local', '--stage', 'prod', '--username', 'a'])).toThrow(
      /--local acts on npm start/,
    );
    expect(() =>
      parseUserCreateArgs([
        '--local',
        '--region',
        'eu-west-1',
        '--username',
        'a',
        '--email',
        'a@b.co',
      ]),
    ).toThrow(UsageError);
  });

  it('when --local is given to a deploy-only command, then a UsageError', () => {
    expect(() => parseStageArgs(['--local'], 'remove')).toThrow(UsageError);
  });

  it('when the username is missing, then a UsageError', () => {
    expect(() => parseUserPromoteArgs([])).toThrow(/Usage: npm run user:promote/);
  });
});

describe('parseRecountArgs', () => {
  it('when --board is given, then it acts on that board of the dev stage or with --local on npm start', () => {
    expect(parseRecountArgs(['--board', 'main'])).toEqual({
      board: 'main',
      stage: 'dev',
      region: 'us-east-1',
      local: false,
    });
    expect(parseRecountArgs(['--board=help-desk', '--local'])).toMatchObject({
      board: 'help-desk',
      local: true,
    });
  });

  it('when --board is missing or not a slug, then a UsageError shows the usage', () => {
    expect(() => parseRecountArgs([])).toThrow(/Usage: npm run recount -- --board <slug>/);
    expect(() => parseRecountArgs(['--board', 'Main#1'])).toThrow(UsageError);
  });
});

describe('parseUserEraseArgs', () => {
  it('when a sub is given with --local, then it targets npm start', () => {
    expect(parseUserEraseArgs(['--local', '--sub', '7d0e-42'])).toEqual({
      stage: 'dev',
      region: 'us-east-1',
      local: true,
      sub: '7d0e-42',
    });
  });

  it('when the sub is missing or not a sub, then a usage error says so', () => {
    expect(() => parseUserEraseArgs([])).toThrow(UsageError);
    expect(() => parseUserEraseArgs(['--sub', 'a b'])).toThrow(/--sub is required/);
  });
});
