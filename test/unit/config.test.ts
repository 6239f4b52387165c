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

  it('when pointed at real AWS, then issuer and JWKS URI are the Cognito ones and nothing is local', () => {
    const config = loadConfig(AWS_ENV);
    expect(config.issuer).toBe('https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123');
    expect(config.jwksUri).toBe(
      'https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_AbC123/.well-known/jwks.json',
    );
    expect(config.local).toBe(false);
    expect(config.dynamoEndpoint).toBeUndefined();
    expect(config.assetsBaseUrl).toBe('/public');
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

describe('loadLocalConfig', () => {
  it('when nothing is set, then the documented defaults apply', () => {
    expect(loadLocalConfig({})).toMatchObject({
      port: 3000,
      dataDir: '.data',
      dynamoPort: 8000,
      cognitoPort: 9229,
      demoUsername: 'demo',
      demoPassword: 'Demo-Passw0rd!',
    });
  });

  it('when a port variable is not a number, then it is named', () => {
    expect(() => loadLocalConfig({ LOCAL_COGNITO_PORT: 'x' })).toThrow(/LOCAL_COGNITO_PORT/);
  });
});
