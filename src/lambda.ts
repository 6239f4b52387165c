import serverlessExpress, { getCurrentInvoke } from '@vendia/serverless-express';
import { createApp } from './app';
import { loadConfig } from './config';
import { createDependencies } from './dependencies';
import { basePathOfEvent } from './http/base-path';

const deps = createDependencies(loadConfig());
const app = createApp({
  ...deps,
  requestIdOf: () => getCurrentInvoke()?.event?.requestContext?.requestId,
  basePathOf: () => basePathOfEvent(getCurrentInvoke()?.event),
});

/** The Lambda entry point: API Gateway (HTTP API v2 or REST v1) events → the Express app. */
export const handler = serverlessExpress({ app });
