/** The parts of an API Gateway event (REST v1 or HTTP API v2) that decide the public path prefix. */
export interface GatewayEventLike {
  version?: string;
  httpMethod?: string;
  headers?: Record<string, string | undefined> | null;
  requestContext?: { stage?: string; domainName?: string } | null;
}

const EXECUTE_API_HOST = /\.execute-api\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/i;

/**
 * The prefix every link and redirect needs: `/<stage>` for a REST API (v1) reached on its own
 * execute-api host, '' for an HTTP API `$default` stage, a custom domain, or a local run.
 */
export function basePathOfEvent(event: GatewayEventLike | undefined | null): string {
  if (!event || event.version === '2.0' || !event.httpMethod) return '';
  const stage = event.requestContext?.stage;
  if (!stage || stage === '$default') return '';
  const host = event.requestContext?.domainName ?? event.headers?.Host ?? event.headers?.host ?? '';
  return EXECUTE_API_HOST.test(host) ? `/${encodeURIComponent(stage)}` : '';
}

/**
 * Fixes what serverless offline sends for a REST `ANY /` route (`path: ""`, where AWS sends `/`):
 * an empty URL would reach Express as a 500. Other events pass through untouched.
 */
export function normalizeGatewayEvent<T>(event: T): T {
  const v1 = event as { httpMethod?: string; path?: string } | null;
  if (v1?.httpMethod && v1.path === '') return { ...event, path: '/' };
  return event;
}
