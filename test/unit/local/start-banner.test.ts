import { appUrl, isLoopback, startBanner, type BannerFacts } from '../../../src/local/start-banner';

const FACTS: BannerFacts = {
  host: '127.0.0.1',
  port: 41234,
  demo: {
    username: 'demo',
    password: 'Demo-Passw0rd!',
    email: 'demo@example.com',
    passwordSet: false,
    state: 'created',
  },
  dynamoEndpoint: 'http://127.0.0.1:8000',
  cognitoEndpoint: 'http://127.0.0.1:9229',
  dataDir: '/srv/board/.data',
  freshData: true,
  logLevel: 'WARN',
};

describe('startBanner', () => {
  it('when bound to loopback, then it shows localhost with the real port and no network warning', () => {
    const banner = startBanner(FACTS);
    expect(banner).toContain('running at http://localhost:41234');
    expect(banner).toContain('demo / Demo-Passw0rd!');
    expect(banner).toContain('http://localhost:41234/_local/mail');
    expect(banner).toContain('new data folder');
    expect(banner).not.toContain('WARNING');
    expect(banner).toContain('Press Ctrl-C to stop.');
  });

  it.each(['0.0.0.0', '192.168.1.20', '::'])(
    'when HOST is %s, then the banner warns about the published signing key',
    (host) => {
      const banner = startBanner({ ...FACTS, host });
      expect(banner).toContain(`WARNING: HOST=${host}`);
      expect(banner).toMatch(/published\s+signing key/);
    },
  );

  it('when the stored demo user kept another password, then the default is not shown', () => {
    const banner = startBanner({
      ...FACTS,
      freshData: false,
      demo: { ...FACTS.demo, state: 'kept' },
    });
    expect(banner).not.toContain('Demo-Passw0rd!');
    expect(banner).toContain('set DEMO_PASSWORD to replace it');
    expect(banner).toContain('reusing stored data');
  });

  it('when DEMO_PASSWORD was applied to the stored user, then the banner says so', () => {
    const banner = startBanner({ ...FACTS, demo: { ...FACTS.demo, state: 'applied' } });
    expect(banner).toContain('DEMO_PASSWORD applied');
  });

  it('when LOG_LEVEL is INFO, then the banner says requests are logged', () => {
    expect(startBanner({ ...FACTS, logLevel: 'INFO' })).toContain('a line per request');
  });
});

describe('appUrl and isLoopback', () => {
  it('when the host is a wildcard or the usual loopback, then localhost; else the host itself', () => {
    expect(appUrl('0.0.0.0', 3000)).toBe('http://localhost:3000');
    expect(appUrl('127.0.0.2', 3000)).toBe('http://127.0.0.2:3000');
    expect(appUrl('fe80::1', 3000)).toBe('http://[fe80::1]:3000');
    expect(isLoopback('127.0.0.2')).toBe(true);
    expect(isLoopback('0.0.0.0')).toBe(false);
  });
});
