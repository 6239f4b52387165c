import request from 'supertest';
import { validate, compileErrors } from '@readme/openapi-parser';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
type Operation = { responses: Record<string, { $ref?: string }>; security?: unknown[] };
const operationsOf = (document: { paths: Record<string, Record<string, Operation>> }) =>
  Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      path,
      method,
      operation: item[method],
    })),
  );

describe('GET /api/openapi.json', () => {
  it('when it is fetched without a token, then it is the OpenAPI 3.1 document, cacheable', async () => {
    const res = await request(t.app).get('/api/openapi.json').expect(200);

    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers.etag).toBeTruthy();
  });

  it('when it is fetched again with its ETag, then the answer is 304 without a body', async () => {
    const first = await request(t.app).get('/api/openapi.json').expect(200);

    const again = await request(t.app)
      .get('/api/openapi.json')
      .set('If-None-Match', first.headers.etag);

    expect(again.status).toBe(304);
    expect(again.text).toBeFalsy();
  });

  it('when it is checked by an OpenAPI validator, then it has no errors', async () => {
    const { body } = await request(t.app).get('/api/openapi.json').expect(200);

    const result = await validate(structuredClone(body));

    expect(result.valid ? '' : compileErrors(result)).toBe('');
  });

  it('when its operations are read, then each documents the shared 405 and a bearer one the 401', async () => {
    const { body } = await request(t.app).get('/api/openapi.json').expect(200);

    const missing = operationsOf(body).flatMap(({ path, method, operation }) => {
      const problems: string[] = [];
      if (operation.responses['405']?.$ref !== '#/components/responses/MethodNotAllowed')
        problems.push(`${method} ${path}: 405`);
      if (operation.security && operation.responses['401'] === undefined)
        problems.push(`${method} ${path}: 401`);
      return problems;
    });

    expect(missing).toEqual([]);
    expect(body.components.responses.Unauthorized.headers['WWW-Authenticate']).toBeDefined();
    expect(body.components.securitySchemes.bearerAuth).toMatchObject({ scheme: 'bearer' });
  });
});

describe('GET /api/docs', () => {
  it('when it is fetched without a token, then every documented operation is on the server-rendered page, under the site CSP', async () => {
    const { body } = await request(t.app).get('/api/openapi.json').expect(200);
    const login = await request(t.app).get('/login').expect(200);

    const res = await request(t.app).get('/api/docs');

    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.headers['content-security-policy']).toBe(login.headers['content-security-policy']);
    expect(res.text).not.toMatch(/<script/);
    const missing = operationsOf(body)
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`)
      .filter((operation) => !res.text.includes(`<code>${operation}</code>`));
    expect(missing).toEqual([]);
  });
});
