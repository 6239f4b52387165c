/**
 * The origins a form may be posted from: SITE_URL's origin, or for a local run without one, the
 * loopback names on the port the server listens on. Never taken from Host or X-Forwarded-* headers,
 * which a client (or a misconfigured proxy) controls.
 */
export function siteOriginsOf(siteUrl: string | undefined, port: number): string[] {
  if (siteUrl) return [new URL(siteUrl).origin];
  return ['localhost', '127.0.0.1', '[::1]'].map((host) => `http://${host}:${port}`);
}
