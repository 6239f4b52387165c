import { ConfigError, loadConfig, loadLocalConfig } from '../../src/config';

const AWS_ENV = {
  AWS_REGION: 'eu-west-1',
  COMMENTS_TABLE: 'comments-prod',
  COGNITO_USER_POOL_ID: 'eu-west-1_AbC123',
  COGNITO_CLIENT_ID: 'client123',
  SITE_URL: 'https://board.example.com',
};

describe('loadConfig', () => {
  it('when every required key is missing, then one error names them all', () => {
    expect(() => loadConfig({})).toThrow(ConfigError);
    try {
      loadConfig({});
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('COMMENTS_TABLE is required');
      expect(message).toContain('COGNITO_USER_POOL_ID is required');
      expect(message).toContain('COGNITO_CLIENT_ID is required');
    }
  });

  it('when EDIT_WINDOW_SECONDS is unset, then it is 900; when set, then it is used; when malformed, then it is named', () => {
    expect(loadConfig(AWS_ENV).editWindowSeconds).toBe(900);
    expect(loadConfig({ ...AWS_ENV, EDIT_WINDOW_SECONDS: '60' }).editWindowSeconds).toBe(60);
    for (const bad of ['-1', '1.5', 'ten', '999999999']) {
      expect(() => loadConfig({ ...AWS_ENV, EDIT_WINDOW_SECONDS: bad })).toThrow(
        /EDIT_WINDOW_SECONDS must be a whole number/,
      );
    }
  });

  it('when pointed at real AWS, then issuer and JWKS URI are the Cognito ones and nothing is local', () => {
    const config = loadConfig(AWS_ENV);
    expect(config.issuer).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
    expect(config.jwksUri).toBe(
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json',
    );
    expect(config.local).toBe(false);
    expect(config.dynamoEndpoint).toBeUndefined();
    expect(config.assetsBaseUrl).toBe('/public');
    expect(config.hashedAssets).toBe(false);
    expect(config.frontDoor).toEqual({
      trustedProxyHops: 0,
      originSecrets: [],
      hstsPreload: false,
    });
  });

  it('when deployed behind CloudFront, then the front door settings are read', () => {
    const config = loadConfig({
      ...AWS_ENV,
      ASSETS_BASE_URL: '/public',
      TRUSTED_PROXY_HOPS: '2',
      ORIGIN_SECRET: 'c'.repeat(48),
      ORIGIN_SECRET_PREVIOUS: 'p'.repeat(48),
      HSTS_PRELOAD: 'true',
    });
    expect(config.hashedAssets).toBe(true);
    expect(config.frontDoor).toEqual({
      trustedProxyHops: 2,
      originSecrets: ['c'.repeat(48), 'p'.repeat(48)],
      hstsPreload: true,
    });
  });

  it('when front door values are malformed, then each bad key is named in one error', () => {
    const bad = {
      ...AWS_ENV,
      ASSETS_BASE_URL: 'https://d111.cloudfront.net',
      TRUSTED_PROXY_HOPS: 'two',
      ORIGIN_SECRET: 'short',
      HSTS_PRELOAD: 'yes',
    };
    expect(() => loadConfig(bad)).toThrow(ConfigError);
    const message = (() => {
      try {
        loadConfig(bad);
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    for (const key of ['ASSETS_BASE_URL', 'TRUSTED_PROXY_HOPS', 'ORIGIN_SECRET', 'HSTS_PRELOAD'])
      expect(message).toContain(key);
    expect(() => loadConfig({ ...AWS_ENV, ORIGIN_SECRET_PREVIOUS: 'p'.repeat(48) })).toThrow(
      /ORIGIN_SECRET_PREVIOUS needs ORIGIN_SECRET/,
    );
  });

  it('when pointed at real AWS without SITE_URL, then SITE_URL is named as required', () => {
    const withoutSite = { ...AWS_ENV, SITE_URL: undefined };
    expect(() => loadConfig(withoutSite)).toThrow(/SITE_URL is required in AWS/);
    expect(() => loadConfig({ ...AWS_ENV, SITE_URL: 'board.example.com' })).toThrow(
      /SITE_URL must be an http\(s\) URL/,
    );
  });

  it('when running on local stand-ins, then SITE_URL is optional', () => {
    const withoutSite = { ...AWS_ENV, SITE_URL: undefined };
    const config = loadConfig({ ...withoutSite, DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000' });
    expect(config.siteUrl).toBeUndefined();
  });

  it('when a local Cognito endpoint is set, then the issuer follows it', () => {
    const config = loadConfig({
      ...AWS_ENV,
      COGNITO_USER_POOL_ID: 'local_abc',
      COGNITO_ENDPOINT: 'http://127.0.0.1:9229/',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
    });
    expect(config.issuer).toBe('http://127.0.0.1:9229/local_abc');
    expect(config.local).toBe(true);
  });

  it('when values are malformed, then each bad key is named', () => {
    const attempt = () =>
      loadConfig({
        ...AWS_ENV,
        PORT: 'eighty',
        DYNAMODB_ENDPOINT: 'localhost:8000',
        LOG_LEVEL: 'LOUD',
      });
    expect(attempt).toThrow(/PORT must be a port number/);
    expect(attempt).toThrow(/DYNAMODB_ENDPOINT must be an http\(s\) URL/);
    expect(attempt).toThrow(/LOG_LEVEL must be one of/);
  });

  it('when ALLOWED_ORIGINS lists origins, then they are split and trimmed', () => {
    const config = loadConfig({
      ...AWS_ENV,
      ALLOWED_ORIGINS: 'https://a.example, https://b.example ,',
    });
    expect(config.allowedOrigins).toEqual(['https://a.example', 'https://b.example']);
  });
});

describe('loadConfig checks values, not only presence', () => {
  it('when ALLOWED_ORIGINS is not a list of origins and AWS_REGION is not a region, then one error names both', () => {
    const attempt = () =>
      loadConfig({
        ...AWS_ENV,
        ALLOWED_ORIGINS: 'https://ok.example,not-a-url',
        AWS_REGION: 'moon',
      });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/ALLOWED_ORIGINS must list origins[^\n]*not-a-url/);
    expect(attempt).toThrow(/AWS_REGION must be an AWS region[^\n]*moon/);
  });

  it.each(['https://a.example/path', 'ftp://a.example', 'https://a.example/'])(
    'when ALLOWED_ORIGINS holds %s (not an origin), then it is refused',
    (origin) => {
      expect(() => loadConfig({ ...AWS_ENV, ALLOWED_ORIGINS: origin })).toThrow(/ALLOWED_ORIGINS/);
    },
  );

  it.each(['us-east-1', 'eu-central-2', 'us-gov-west-1', 'us-isob-east-1', 'cn-north-1'])(
    'when AWS_REGION is %s, then it is accepted',
    (region) => {
      expect(loadConfig({ ...AWS_ENV, AWS_REGION: region }).region).toBe(region);
    },
  );

  it('when HOST is unset, then the app binds loopback; when set, then it is used; when malformed, then it is named', () => {
    expect(loadConfig(AWS_ENV).host).toBe('127.0.0.1');
    expect(loadConfig({ ...AWS_ENV, HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(() => loadConfig({ ...AWS_ENV, HOST: 'http://x' })).toThrow(/HOST must be/);
  });

  it('when METRICS_NAMESPACE is unset, then metrics are off; when set, then it and METRICS_SERVICE are used; when reserved, then it is named', () => {
    expect(loadConfig(AWS_ENV).metricsNamespace).toBeUndefined();
    const config = loadConfig({
      ...AWS_ENV,
      METRICS_NAMESPACE: 'CommentBoard',
      METRICS_SERVICE: 'comment-board-prod',
    });
    expect([config.metricsNamespace, config.metricsService]).toEqual([
      'CommentBoard',
      'comment-board-prod',
    ]);
    expect(() => loadConfig({ ...AWS_ENV, METRICS_NAMESPACE: 'AWS/Lambda' })).toThrow(
      /METRICS_NAMESPACE must be/,
    );
  });
});

describe('loadLocalConfig', () => {
  it('when nothing is set, then the documented defaults apply', () => {
    expect(loadLocalConfig({})).toMatchObject({
      port: 3000,
      dataDir: '.data',
      dynamoPort: 8000,
      cognitoPort: 9229,
      demoUsername: 'demo',
      demoPassword: 'Demo-Passw0rd!',
      demoPasswordSet: false,
      host: '127.0.0.1',
      logLevel: 'WARN',
    });
  });

  it('when DEMO_PASSWORD and LOG_LEVEL are set, then they are used and the password is marked as given', () => {
    expect(loadLocalConfig({ DEMO_PASSWORD: 'X-Passw0rd', LOG_LEVEL: 'info' })).toMatchObject({
      demoPassword: 'X-Passw0rd',
      demoPasswordSet: true,
      logLevel: 'INFO',
    });
  });

  it('when a port variable is not a number, then it is named', () => {
    expect(() => loadLocalConfig({ LOCAL_COGNITO_PORT: 'x' })).toThrow(/LOCAL_COGNITO_PORT/);
  });
});
