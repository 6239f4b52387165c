import { expectThat as expect, type SmokeCheck } from './smoke-run';

/** Headers every page must carry; HSTS only where the site is served over HTTPS. */
function missingSecurityHeaders(headers: Headers, https: boolean): string[] {
  const csp = headers.get('content-security-policy') ?? '';
  const problems = [
    [/script-src 'self'/.test(csp) && !/unsafe-inline/.test(csp), 'CSP script-src'],
    [/frame-ancestors 'none'/.test(csp), 'CSP frame-ancestors'],
    [headers.get('x-content-type-options') === 'nosniff', 'X-Content-Type-Options'],
    [Boolean(headers.get('referrer-policy')), 'Referrer-Policy'],
    [!https || /max-age=\d+/.test(headers.get('strict-transport-security') ?? ''), 'HSTS'],
  ] as const;
  return problems.filter(([ok]) => !ok).map(([, name]) => name);
}

/** The front door's checks: headers, compression at CloudFront, and no way around it. */
export const EDGE_CHECKS: SmokeCheck[] = [
  {
    name: 'security headers on the page',
    async run({ site, target }) {
      const res = await site.send('/login');
      const missing = missingSecurityHeaders(res.headers, !target.local);
      expect(missing.length === 0, `missing or weak: ${missing.join(', ')}`);
      return target.local
        ? 'CSP, nosniff, Referrer-Policy (HSTS: HTTPS only)'
        : 'CSP, nosniff, Referrer-Policy, HSTS';
    },
  },
  {
    name: 'compression (Accept-Encoding: br, gzip)',
    awsOnly: true,
    async run({ site }) {
      const res = await site.send('/login', { headers: { 'accept-encoding': 'br, gzip' } });
      const encoding = res.headers.get('content-encoding') ?? 'none';
      expect(/^(br|gzip)$/.test(encoding), `Content-Encoding: ${encoding}`);
      return `Content-Encoding: ${encoding}`;
    },
  },
  {
    name: 'direct execute-api URL refused',
    awsOnly: true,
    async run({ direct }) {
      const res = await direct!.send('/login');
      expect(res.status === 403, `${direct!.baseUrl}/login answered ${res.status}, not 403`);
      return '403';
    },
  },
];
