import { createHash } from 'node:crypto';
import request from 'supertest';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { bodyLimits } from '../../src/http/body-parsers';
import { MAX_TEXT_LENGTH } from '../../src/comments/comment-validation';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('HTTP basics', () => {
  it('when /healthz is requested, then it answers 200 {"status":"ok"}', async () => {
    const res = await request(t.app).get('/healthz');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok' });
  });

  it('when an unknown /api path is requested, then it answers a 404 JSON error', async () => {
    const res = await request(t.app).get('/api/no-such-thing');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.error.code).toBe('not_found');
    expect(typeof res.body.error.message).toBe('string');
  });

  it('when any /api response is sent, then caches are told not to store it', async () => {
    const res = await request(t.app).get('/api/comments');
    expect(res.status).toBe(401);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('when an unknown page is requested, then it answers a friendly 404 page', async () => {
    const res = await request(t.app).get('/no-such-page');
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.text).toContain('Page not found');
    expect(res.text).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('when a known path gets the wrong method, then it answers 405 with an Allow header', async () => {
    const res = await request(t.app).delete('/healthz');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toContain('GET');
  });

  it('when any response is sent, then security headers are set and X-Powered-By is not', async () => {
    const res = await request(t.app).get('/healthz');
    expect(res.headers['x-powered-by']).toBeUndefined();
    const csp = res.headers['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('when a page is served, then its inlined stylesheet is allowed by exactly its CSP hash', async () => {
    const res = await request(t.app).get('/login');
    const css = /<style>([\s\S]*?)<\/style>/.exec(res.text)?.[1] ?? '';
    expect(css).toContain('.comment__text');
    const hash = createHash('sha256').update(css, 'utf8').digest('base64');
    expect(res.headers['content-security-policy']).toContain(`style-src 'self' 'sha256-${hash}'`);
    expect(res.text).not.toContain('rel="stylesheet"');
  });

  it('when a request carries X-Request-Id, then the response echoes it', async () => {
    const res = await request(t.app).get('/healthz').set('X-Request-Id', 'abc-123');
    expect(res.headers['x-request-id']).toBe('abc-123');
  });

  it('when an /api POST body is not valid JSON, then it answers 400 invalid_json', async () => {
    const res = await request(t.app)
      .post('/api/anything')
      .set('Content-Type', 'application/json')
      .send('{"text": ');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_json');
  });

  it('when an /api POST body is not JSON at all, then it answers 415', async () => {
    const res = await request(t.app)
      .post('/api/anything')
      .set('Content-Type', 'text/plain')
      .send('hi');
    expect(res.status).toBe(415);
    expect(res.body.error.code).toBe('unsupported_media_type');
  });

  it('when an /api POST body is over the JSON limit, then it answers 413', async () => {
    const res = await request(t.app)
      .post('/api/anything')
      .set('Content-Type', 'application/json')
      .send(JSON.stringify({ text: 'x'.repeat(bodyLimits(MAX_TEXT_LENGTH).json) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('when the stylesheet is requested, then it is served from /public', async () => {
    const res = await request(t.app).get('/public/css/site.css');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/css/);
  });
});
