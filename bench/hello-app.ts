import express, { type Express } from 'express';

/** The baseline: a bare Express app that answers "hello" JSON, with nothing of ours in it. */
export function createHelloApp(): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/{*path}', (_req, res) => {
    res.json({ hello: 'world' });
  });
  return app;
}
