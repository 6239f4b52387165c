/**
 * The origins a form may be posted from: SITE_URL's origin, or for a local run without one, the
 * loopback names on the port the server listens on. Never taken from Host or X-Forwarded-* headers,
 * which a client (or a misconfigured proxy) controls.
 */
export function siteOriginsOf(siteUrl: string | undefined, port: number, host = ''): string[] {
  if (siteUrl) return [new URL(siteUrl).origin];
  const names = ['localhost', '127.0.0.1', '[::1]'];
  // A local server bound to one named address (HOST) is also reached by that name.
  if (host && !WILDCARD_OR_LOOPBACK.has(host)) names.push(host.includes(':') ? `[${host}]` : host);
  return names.map((name) => `http://${name}:${port}`);
}

const WILDCARD_OR_LOOPBACK = new Set(['0.0.0.0', '::', 'localhost', '127.0.0.1', '::1']);
