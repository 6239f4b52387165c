import { Router, type RequestHandler } from 'express';
import { methodNotAllowed } from '../http/method-not-allowed';
import { createOpenApiDocument, type OpenApiDocument } from './openapi-document';
import { referenceView } from './api-reference';

/** Five minutes in caches, then revalidated with the ETag Express sends (a 304 when unchanged). */
const CACHEABLE = 'public, max-age=300';

/**
 * `GET /api/openapi.json` (the contract, no token) and `GET /api/docs` (it as a page). Built on the
 * first request, not at cold start: most invocations never need it.
 */
export function createOpenApiRouter(): Router {
  let document: OpenApiDocument | undefined;
  const documentOf = () => (document ??= createOpenApiDocument());
  const json: RequestHandler = (_req, res) => {
    // Overrides the no-store every other /api answer carries.
    res.set('Cache-Control', CACHEABLE).json(documentOf());
  };
  const router = Router();
  router.route('/api/openapi.json').get(json).all(methodNotAllowed('GET'));
  router
    .route('/api/docs')
    .get((_req, res) => {
      res.set('Cache-Control', CACHEABLE).render('api/docs', referenceView(documentOf()));
    })
    .all(methodNotAllowed('GET'));
  return router;
}
