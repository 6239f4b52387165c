import { basePathOfEvent, normalizeGatewayEvent } from '../../../src/http/gateway-event';

const restEvent = (stage: string, domainName?: string, host?: string) => ({
  httpMethod: 'GET',
  headers: host ? { Host: host } : {},
  requestContext: { stage, ...(domainName ? { domainName } : {}) },
});

describe('basePathOfEvent', () => {
  it('when a REST (v1) event comes on the execute-api host, then links need /<stage>', () => {
    expect(basePathOfEvent(restEvent('dev', 'abc123.execute-api.us-east-1.amazonaws.com'))).toBe(
      '/dev',
    );
  });

  it('when the v1 event has no domainName, then the Host header decides', () => {
    expect(
      basePathOfEvent(restEvent('prod', undefined, 'abc.execute-api.eu-west-1.amazonaws.com')),
    ).toBe('/prod');
  });

  it('when a v1 event comes through a custom domain, then there is no prefix', () => {
    expect(basePathOfEvent(restEvent('prod', 'board.example.com'))).toBe('');
  });

  it('when a v1 event comes from serverless offline, then there is no prefix', () => {
    expect(basePathOfEvent(restEvent('dev', 'offlineContext_domainName', 'localhost:3103'))).toBe(
      '',
    );
  });

  it('when an HTTP API (v2) event comes on the $default stage, then there is no prefix', () => {
    const event = {
      version: '2.0',
      requestContext: { stage: '$default', domainName: 'abc.execute-api.us-east-1.amazonaws.com' },
    };
    expect(basePathOfEvent(event)).toBe('');
  });

  it('when there is no event (local server, tests), then there is no prefix', () => {
    expect(basePathOfEvent(undefined)).toBe('');
    expect(basePathOfEvent(null)).toBe('');
  });

  it('when the stage has characters unsafe in a URL, then it is encoded', () => {
    expect(basePathOfEvent(restEvent('a b', 'x.execute-api.us-east-1.amazonaws.com'))).toBe(
      '/a%20b',
    );
  });
});

describe('normalizeGatewayEvent', () => {
  it('when a v1 event has path "" (serverless offline ANY /), then the path becomes "/"', () => {
    expect(normalizeGatewayEvent({ httpMethod: 'GET', path: '' }).path).toBe('/');
  });

  it('when an event has a path already, or is v2, then it is returned as is', () => {
    const v1 = { httpMethod: 'GET', path: '/comments' };
    const v2 = { version: '2.0', rawPath: '/' };
    expect(normalizeGatewayEvent(v1)).toBe(v1);
    expect(normalizeGatewayEvent(v2)).toBe(v2);
  });
});
