/** What a smoke check sends: a method, headers, a JSON or form body, a bearer token. */
export interface SmokeRequest {
  method?: string;
  headers?: Record<string, string>;
  json?: unknown;
  form?: Record<string, string>;
  bearer?: string;
}

/** An HTTP client against one base URL, holding the cookies a browser would; redirects are not followed. */
export interface SmokeHttp {
  readonly baseUrl: string;
  send(path: string, request?: SmokeRequest): Promise<Response>;
}

/** Builds a client whose every call gives up after `timeoutMs` (a down site fails, never hangs). */
export function createSmokeHttp(baseUrl: string, timeoutMs = 10_000): SmokeHttp {
  const jar = new Map<string, string>();
  const origin = new URL(baseUrl).origin;
  return {
    baseUrl,
    async send(path, request = {}) {
      const headers: Record<string, string> = { ...request.headers };
      let body: string | undefined;
      if (request.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(request.json);
      } else if (request.form) {
        // A browser posting this site's own form names the site as its origin (CSRF check).
        headers['content-type'] = 'application/x-www-form-urlencoded';
        headers.origin = origin;
        body = new URLSearchParams(request.form).toString();
      }
      if (request.bearer) headers.authorization = `Bearer ${request.bearer}`;
      if (jar.size > 0) headers.cookie = [...jar.values()].join('; ');
      const response = await fetch(new URL(path, `${baseUrl}/`), {
        method: request.method ?? (body === undefined ? 'GET' : 'POST'),
        headers,
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      for (const line of response.headers.getSetCookie()) {
        const pair = line.split(';')[0];
        jar.set(pair.split('=')[0], pair);
      }
      return response;
    },
  };
}
