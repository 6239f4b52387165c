import { Router, type RequestHandler } from 'express';
import { methodNotAllowed } from '../http/method-not-allowed';
import type { OpenApiDocument } from './openapi-document';
import { referenceView } from './api-reference';

/** Five minutes in caches, then revalidated with the ETag Express sends (a 304 when unchanged). */
const CACHEABLE = 'public, max-age=300';

/**
 * `GET /api/openapi.json` (the contract, no token) and `GET /api/docs` (it as a page). Built on the
 * first request, not at cold start: most invocations never need it, so even the modules of the
 * documented paths (zod-openapi and every response schema) load only then.
 */
export function createOpenApiRouter(): Router {
  let document: Promise<OpenApiDocument> | undefined;
  const documentOf = () =>
    (document ??= import('./openapi-document').then((module) => module.createOpenApiDocument()));
  const json: RequestHandler = async (_req, res) => {
    // Overrides the no-store every other /api answer carries.
    res.set('Cache-Control', CACHEABLE).json(await documentOf());
  };
  const router = Router();
  router.route('/api/openapi.json').get(json).all(methodNotAllowed('GET'));
  router
    .route('/api/docs')
    .get(async (_req, res) => {
      res.set('Cache-Control', CACHEABLE).render('api/docs', referenceView(await documentOf()));
    })
    .all(methodNotAllowed('GET'));
  return router;
}
