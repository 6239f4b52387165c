import type { Request, Response } from 'express';
import { csrfToken, verifyCsrf } from '../../../src/http/csrf';
import { ForbiddenError } from '../../../src/http/errors';

function fakeReq(
  options: { cookies?: Record<string, string>; body?: object; secure?: boolean } = {},
) {
  return {
    cookies: options.cookies ?? {},
    body: options.body,
    secure: options.secure ?? false,
  } as Request;
}

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
});
