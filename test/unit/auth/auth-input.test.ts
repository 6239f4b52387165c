import {
  FieldErrors,
  meetsPasswordPolicy,
  parseConfirm,
  parseCredentials,
  parseSignUp,
  safeNext,
} from '../../../src/auth/auth-input';
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

describe('auth form parsers collect every problem', () => {
  const problems = (parse: () => unknown) => {
    try {
      parse();
    } catch (error) {
      return error as FieldErrors;
    }
    throw new Error('expected the parser to throw');
  };

  it('when sign-up has three bad fields, then one error names all three by field', () => {
    const error = problems(() => parseSignUp({ username: '', email: 'x', password: 'weak' }));
    expect(error).toBeInstanceOf(FieldErrors);
    expect(Object.keys(error.fields)).toEqual(['username', 'email', 'password']);
    expect(error.code).toBe('validation_error');
    expect(error.status).toBe(400);
  });

  it('when only the username breaks the rule, then the code is invalid_username', () => {
    const error = problems(() =>
      parseSignUp({ username: 'a\u200bb', email: 'a@example.com', password: 'Str0ngpass' }),
    );
    expect(error.code).toBe('invalid_username');
    expect(error.fields.username).toMatch(/no spaces or invisible characters/);
  });

  it.each(['a b', 'a\u200bb', '\u202eabc', 'a\u2028b', 'a\u00a0b', 'a\u0000b', 'x'.repeat(129)])(
    'when the sign-up username is %j, then it breaks Cognito’s rule',
    (username) => {
      const error = problems(() =>
        parseSignUp({ username, email: 'a@example.com', password: 'Str0ngpass' }),
      );
      expect(error.code).toBe('invalid_username');
    },
  );

  it.each(['demo', "Zoë.O'Brien", '名前', 'a+b@c', 'x'.repeat(128)])(
    'when the sign-up username is %j, then it is accepted',
    (username) => {
      expect(
        parseSignUp({ username, email: 'a@example.com', password: 'Str0ngpass' }).username,
      ).toBe(username);
    },
  );

  it('when sign-in and confirm are empty, then both fields are named', () => {
    expect(Object.keys(problems(() => parseCredentials({})).fields)).toEqual([
      'username',
      'password',
    ]);
    expect(Object.keys(problems(() => parseConfirm({})).fields)).toEqual(['username', 'code']);
  });
});
