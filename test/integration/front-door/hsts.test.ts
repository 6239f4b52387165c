import express from 'express';
import request from 'supertest';
import { createSecurityHeaders } from '../../../src/http/security-headers';

function appWith(options: Parameters<typeof createSecurityHeaders>[0]) {
  const app = express();
  app.use(createSecurityHeaders(options));
  app.get('/', (_req, res) => void res.send('ok'));
  return app;
}

describe('Strict-Transport-Security', () => {
  it('when deployed with a custom domain, then it is the preload-ready value', async () => {
    const res = await request(appWith({ local: false, frontDoor: { hstsPreload: true } })).get('/');
    expect(res.headers['strict-transport-security']).toBe(
      'max-age=63072000; includeSubDomains; preload',
    );
  });

  it('when deployed on the cloudfront.net name, then it has no preload', async () => {
    const res = await request(appWith({ local: false, frontDoor: { hstsPreload: false } })).get(
      '/',
    );
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('when running locally over http, then there is none', async () => {
    const res = await request(appWith({ local: true })).get('/');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('when any page is served, then the CSP names no origin but its own', async () => {
    const res = await request(appWith({ local: false })).get('/');
    expect(res.headers['content-security-policy']).not.toMatch(/https?:\/\//);
  });
});
