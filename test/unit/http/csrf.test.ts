import type { Request, Response } from 'express';
import { createVerifyCsrf, csrfToken, rotateCsrfToken } from '../../../src/http/csrf';
import { ForbiddenError } from '../../../src/http/errors';

function fakeReq(
  options: {
    cookies?: Record<string, string>;
    body?: object;
    secure?: boolean;
    headers?: Record<string, string>;
  } = {},
) {
  const headers = options.headers ?? {};
  return {
    cookies: options.cookies ?? {},
    body: options.body,
    secure: options.secure ?? false,
    get: (name: string) => headers[name.toLowerCase()],
  } as unknown as Request;
}

const SITE = 'https://board.example';
const verifyCsrf = createVerifyCsrf([SITE]);

function fakeRes() {
  const cookies: { name: string; value: string; options: object }[] = [];
  const res = {
    locals: {},
    cookie(name: string, value: string, options: object) {
      cookies.push({ name, value, options });
      return res;
    },
  };
  return { res: res as unknown as Response, cookies };
}

function runVerify(req: Request): unknown {
  let result: unknown = 'not called';
  verifyCsrf(req, {} as Response, (error?: unknown) => (result = error));
  return result;
}

describe('CSRF (double-submit cookie)', () => {
  it('when a browser has no token yet, then a random one is set in an HttpOnly Lax cookie', () => {
    const { res, cookies } = fakeRes();
    const token = csrfToken(fakeReq(), res);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(cookies).toEqual([
      {
        name: 'csrf',
        value: token,
        options: expect.objectContaining({
          httpOnly: true,
          sameSite: 'lax',
          path: '/',
          secure: false,
        }),
      },
    ]);
  });

  it('when the request is HTTPS, then the cookie is Secure and __Host- prefixed', () => {
    const { res, cookies } = fakeRes();
    csrfToken(fakeReq({ secure: true }), res);
    expect(cookies[0].name).toBe('__Host-csrf');
    expect(cookies[0].options).toMatchObject({ secure: true });
  });

  it('when the browser already has a token, then it is reused and no cookie is set', () => {
    const { res, cookies } = fakeRes();
    const existing = 'a'.repeat(43);
    expect(csrfToken(fakeReq({ cookies: { csrf: existing } }), res)).toBe(existing);
    expect(cookies).toHaveLength(0);
  });

  it('when the form field matches the cookie, then the request passes', () => {
    const token = 'b'.repeat(43);
    expect(
      runVerify(fakeReq({ cookies: { csrf: token }, body: { _csrf: token } })),
    ).toBeUndefined();
  });

  it.each([
    ['no field', { cookies: { csrf: 'c'.repeat(43) }, body: {} }],
    ['no cookie', { body: { _csrf: 'c'.repeat(43) } }],
    ['a different token', { cookies: { csrf: 'c'.repeat(43) }, body: { _csrf: 'd'.repeat(43) } }],
    ['an array field', { cookies: { csrf: 'c'.repeat(43) }, body: { _csrf: ['c'.repeat(43)] } }],
    ['a cookie of the wrong shape', { cookies: { csrf: 'short' }, body: { _csrf: 'short' } }],
    ['no body at all', { cookies: { csrf: 'c'.repeat(43) } }],
  ])('when there is %s, then it is a 403', (_name, options) => {
    const error = runVerify(fakeReq(options));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).toBe('csrf_failed');
  });

  it.each([
    ['Sec-Fetch-Site same-origin', { 'sec-fetch-site': 'same-origin' }],
    ['Sec-Fetch-Site none (typed or bookmarked)', { 'sec-fetch-site': 'none' }],
    ["this site's Origin", { origin: SITE }],
    ['both, from this site', { origin: SITE, 'sec-fetch-site': 'same-origin' }],
  ])('when the token matches and the request has %s, then it passes', (_name, headers) => {
    const token = 'e'.repeat(43);
    const req = fakeReq({ cookies: { csrf: token }, body: { _csrf: token }, headers });
    expect(runVerify(req)).toBeUndefined();
  });

  it.each([
    ['Sec-Fetch-Site cross-site', { 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site same-site (a sibling subdomain)', { 'sec-fetch-site': 'same-site' }],
    ['another Origin', { origin: 'https://evil.example' }],
    ['a sibling subdomain Origin', { origin: 'https://x.board.example' }],
    ['this host over http', { origin: 'http://board.example' }],
    ['Origin null', { origin: 'null' }],
  ])('when the token matches but the request has %s, then it is a 403', (_name, headers) => {
    const token = 'f'.repeat(43);
    const error = runVerify(fakeReq({ cookies: { csrf: token }, body: { _csrf: token }, headers }));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as ForbiddenError).code).toBe('csrf_failed');
  });

  it('when the token is rotated, then a new random token replaces the cookie and the page token', () => {
    const { res, cookies } = fakeRes();
    const old = 'g'.repeat(43);
    const token = rotateCsrfToken(fakeReq({ cookies: { csrf: old } }), res);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(token).not.toBe(old);
    expect(cookies).toEqual([expect.objectContaining({ name: 'csrf', value: token })]);
    expect(res.locals.csrfToken).toBe(token);
  });
});
