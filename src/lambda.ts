import type { Handler } from 'aws-lambda';
import serverlessExpress, { getCurrentInvoke } from '@vendia/serverless-express';
import { createApp } from './app';
import { loadConfig } from './config';
import { createDependencies } from './dependencies';
import { basePathOfEvent, normalizeGatewayEvent } from './http/gateway-event';

const deps = createDependencies(loadConfig());
const app = createApp({
  ...deps,
  requestIdOf: () => getCurrentInvoke()?.event?.requestContext?.requestId,
  basePathOf: () => basePathOfEvent(getCurrentInvoke()?.event),
});

const proxy = serverlessExpress({ app });

/** The Lambda entry point: API Gateway (HTTP API v2 or REST v1) events → the Express app. */
export const handler: Handler = (event, context, callback) =>
  proxy(normalizeGatewayEvent(event), context, callback);
