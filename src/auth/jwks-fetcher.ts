import { FetchError, NonRetryableFetchError } from 'aws-jwt-verify/error';
import type { Fetcher } from 'aws-jwt-verify/https';

/** Options: whether `http:` is allowed (local stand-ins only) and how long one fetch may take. */
export interface JwksFetcherOptions {
  allowHttp: boolean;
  timeoutMs?: number;
}

/** True for a JWKS address the fetcher will use: `https:` always, `http:` only for local runs. */
export function isAllowedJwksUri(uri: string, allowHttp: boolean): boolean {
  const protocol = new URL(uri).protocol;
  return protocol === 'https:' || (allowHttp && protocol === 'http:');
}

/**
 * A JWKS fetcher for aws-jwt-verify's SimpleJwksCache. The library's own fetcher refuses `http:`,
 * which cognito-local serves, so this one allows it when told to (local only) and nothing else.
 */
export function createJwksFetcher(options: JwksFetcherOptions): Fetcher {
  const timeoutMs = options.timeoutMs ?? 3000;
  return {
    async fetch(uri) {
      if (!isAllowedJwksUri(uri, options.allowHttp)) {
        throw new NonRetryableFetchError(uri, 'JWKS must be fetched over https');
      }
      let response: Response;
      try {
        response = await fetch(uri, { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
      } catch (error) {
        throw new FetchError(uri, (error as Error).message);
      }
      if (response.status !== 200) {
        throw new FetchError(uri, `Status code is ${response.status}, expected 200`);
      }
      return response.arrayBuffer();
    },
  };
}
