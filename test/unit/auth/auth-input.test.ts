import { meetsPasswordPolicy, parseSignUp, safeNext } from '../../../src/auth/auth-input';
import { ValidationError } from '../../../src/http/errors';
import { KNOWN_OPEN_REDIRECTS, fuzzNextValues, isSitePath } from '../../helpers/redirect-fuzz';

describe('safeNext', () => {
  it.each(['/comments', '/comments?cursor=abc', '/comments/01HX/edit', '/'])(
    'when next is the same-site path %s, then it is kept',
    (next) => expect(safeNext(next)).toBe(next),
  );

  it.each([
    '//evil.example',
    '///evil.example',
    '/\\evil.example',
    '/\\/evil.example',
    'https://evil.example/',
    'http:/evil.example',
    'javascript:alert(1)',
    'evil.example',
    ' /comments',
    '/comments\r\nSet-Cookie: x=1',
    '/\tevil',
    '',
    'x'.repeat(3000),
  ])('when next is %j, then it falls back to /comments', (next) => {
    expect(safeNext(next)).toBe('/comments');
  });

  it.each(KNOWN_OPEN_REDIRECTS)(
    'when next is %j (normalises to //host), then it falls back to /comments',
    (next) => expect(safeNext(next)).toBe('/comments'),
  );

  it('when next is any of 500 fuzzed values, then the result is always a path on this site', () => {
    const offSite = fuzzNextValues(500)
      .map((next) => ({ next, result: safeNext(next) }))
      .filter(({ result }) => !isSitePath(result));
    expect(offSite).toEqual([]);
  });

  it('when next is not a string, then it falls back', () => {
    expect(safeNext(['/comments'])).toBe('/comments');
    expect(safeNext(undefined)).toBe('/comments');
  });
});

describe('password policy', () => {
  it.each([
    ['Str0ngpass', true],
    ['short1A', false],
    ['alllowercase1', false],
    ['ALLUPPERCASE1', false],
    ['NoDigitsHere', false],
  ])('when the password is %s, then it meets the policy: %s', (password, ok) => {
    expect(meetsPasswordPolicy(password)).toBe(ok);
  });

  it('when sign-up has a weak password, then it is a ValidationError invalid_password', () => {
    const parse = () => parseSignUp({ username: 'a', email: 'a@example.com', password: 'weak' });
    expect(parse).toThrow(ValidationError);
    expect(parse).toThrow(expect.objectContaining({ code: 'invalid_password' }));
  });
});
