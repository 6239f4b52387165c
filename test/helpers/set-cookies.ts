import type { Response } from 'supertest';

/** One `Set-Cookie` header, parsed: its value and lower-cased attributes. */
export interface SetCookie {
  value: string;
  attributes: Record<string, string | true>;
  raw: string;
}

/** The response's `Set-Cookie` headers by cookie name. */
export function setCookies(res: Response): Record<string, SetCookie> {
  const header = res.headers['set-cookie'] as unknown as string[] | string | undefined;
  const list = Array.isArray(header) ? header : header ? [header] : [];
  return Object.fromEntries(
    list.map((raw) => {
      const [pair, ...attrs] = raw.split(';').map((part) => part.trim());
      const at = pair.indexOf('=');
      const attributes: Record<string, string | true> = Object.fromEntries(
        attrs.map((attr) => {
          const [key, ...rest] = attr.split('=');
          return [key.toLowerCase(), rest.length ? rest.join('=') : true];
        }),
      );
      return [
        pair.slice(0, at),
        { value: decodeURIComponent(pair.slice(at + 1)), attributes, raw },
      ];
    }),
  );
}

/** A `Cookie` request header from name/value pairs. */
export function cookieHeader(cookies: Record<string, string>): string {
  return Object.entries(cookies)
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
    .join('; ');
}
