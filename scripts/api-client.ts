import createClient from 'openapi-fetch';
import type { paths } from './api-types';

/** A client of the JSON API typed from the OpenAPI document (openapi-typescript + openapi-fetch). */
export type ApiClient = ReturnType<typeof createClient<paths>>;

/** Builds the typed client for one base URL; every call gives up after `timeoutMs`. */
export function createApiClient(baseUrl: string, timeoutMs = 10_000): ApiClient {
  return createClient<paths>({
    baseUrl: baseUrl.replace(/\/$/, ''),
    fetch: (request) => fetch(request, { signal: AbortSignal.timeout(timeoutMs) }),
  });
}
