import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  APIGatewayProxyResult,
  APIGatewayProxyStructuredResultV2,
  Context,
} from 'aws-lambda';
import serverlessExpress, { getCurrentInvoke } from '@codegenie/serverless-express';
import { createApp } from './app';
import { loadConfig } from './config';
import { createDependencies } from './dependencies';
import { basePathOfEvent, normalizeGatewayEvent } from './http/gateway-event';

/** What API Gateway sends: an HTTP API (v2) or a REST API (v1) proxy event. */
export type GatewayEvent = APIGatewayProxyEvent | APIGatewayProxyEventV2;
/** What the handler answers, in the shape of the event's version. */
export type GatewayResult = APIGatewayProxyResult | APIGatewayProxyStructuredResultV2;

const deps = createDependencies(loadConfig());
const app = createApp({
  ...deps,
  invocationIdsOf: () => {
    const { event, context } = getCurrentInvoke() ?? {};
    return {
      apiGatewayRequestId: event?.requestContext?.requestId,
      lambdaRequestId: context?.awsRequestId,
    };
  },
  basePathOf: () => basePathOfEvent(getCurrentInvoke()?.event),
});

// serverless-express resolves its promise ('PROMISE' mode, its default) and never needs a callback:
// Node 24 on Lambda accepts only async handlers.
const proxy = serverlessExpress({ app, resolutionMode: 'PROMISE' }) as unknown as (
  event: GatewayEvent,
  context: Context,
) => Promise<GatewayResult>;

/** The Lambda entry point: API Gateway (HTTP API v2 or REST v1) events → the Express app. */
export async function handler(event: GatewayEvent, context: Context): Promise<GatewayResult> {
  return proxy(normalizeGatewayEvent(event), context);
}
