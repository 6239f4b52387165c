import type { Express } from 'express';
import { createOpenApiDocument } from '../../../src/api/openapi-document';
import { createTestApp, type TestApp } from '../../helpers/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

interface Layer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** `METHOD /path` of every route Express would match, walking nested routers (Express 5). */
function expressRoutes(stack: Layer[]): string[] {
  return stack.flatMap((layer) => {
    if (layer.route) {
      const paths = ([] as string[]).concat(layer.route.path);
      const methods = Object.keys(layer.route.methods).filter((method) => method !== '_all');
      return paths.flatMap((path) => methods.map((method) => `${method.toUpperCase()} ${path}`));
    }
    return layer.handle?.stack ? expressRoutes(layer.handle.stack) : [];
  });
}

const documentRoutes = () =>
  Object.entries(createOpenApiDocument().paths ?? {}).flatMap(([path, item]) =>
    (['get', 'put', 'post', 'delete', 'patch'] as const)
      .filter((method) => item?.[method])
      .map((method) => `${method.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
  );

describe('the router and the OpenAPI document', () => {
  it('when the /api routes of the app are listed, then they are exactly the documented operations', () => {
    const router = (t.app as Express & { router: { stack: Layer[] } }).router;
    const served = expressRoutes(router.stack).filter((route) => route.includes(' /api/'));

    expect([...new Set(served)].sort()).toEqual(documentRoutes().sort());
  });
});
