import { ValidationError } from '../http/errors';

type Body = Record<string, unknown> | undefined;
type FieldName = keyof typeof LIMITS;

const LIMITS = {
  username: 128,
  password: 256,
  currentPassword: 256,
  newPassword: 256,
  email: 254,
  code: 16,
  refreshToken: 8192,
  session: 256,
};
const LABELS: Record<FieldName, string> = {
  username: 'a username',
  password: 'a password',
  currentPassword: 'your current password',
  email: 'an email address',
  code: 'the code',
  newPassword: 'a new password',
  session: 'the sign-in session',
  refreshToken: 'a refresh token',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/**
 * Cognito's own username rule (`[\p{L}\p{M}\p{S}\p{N}\p{P}]+`, at most 128): letters, marks,
 * symbols, numbers, punctuation. That leaves out whitespace (Zs/Zl/Zp), control (Cc) and format (Cf)
 * characters such as U+200B zero-width space or U+202E right-to-left override. cognito-local does not
 * apply it, so it is checked here to answer the same locally and in AWS.
 */
const USERNAME = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]+$/u;

/** The username rule as users read it (sign-up hint and error). */
export const USERNAME_RULES =
  'Use letters, numbers, punctuation or symbols, up to 128 characters: no spaces or invisible characters';

/** Every problem of a submitted auth form, by field; the message lists them all (for the JSON API). */
export class FieldErrors extends ValidationError {
  constructor(
    readonly fields: Partial<Record<FieldName, string>>,
    code: string,
  ) {
    super(Object.values(fields).join('; '), code);
  }
}

/** Collects problems field by field, then throws them together (or returns the values). */
export function checker(body: Body) {
  const problems: Partial<Record<FieldName, { message: string; code: string }>> = {};
  const fail = (name: FieldName, message: string, code = 'validation_error') => {
    problems[name] = { message, code };
  };
  const field = (name: FieldName, trim = true): string => {
    const raw = body?.[name];
    const value = typeof raw === 'string' ? (trim ? raw.trim() : raw) : '';
    if (!value) fail(name, `Please enter ${LABELS[name]}`);
    else if (value.length > LIMITS[name]) fail(name, `That ${name} is too long`);
    return value;
  };
  const done = (): void => {
    const found = Object.entries(problems);
    if (found.length === 0) return;
    const fields = Object.fromEntries(found.map(([name, problem]) => [name, problem.message]));
    throw new FieldErrors(fields, found.length === 1 ? found[0][1].code : 'validation_error');
  };
  return { field, fail, done, has: (name: FieldName) => name in problems };
}

/** `{username, password}` from a form or JSON body; the password is taken as typed. */
export function parseCredentials(body: Body): { username: string; password: string } {
  const check = checker(body);
  const credentials = {
    username: check.field('username'),
    password: check.field('password', false),
  };
  check.done();
  return credentials;
}

/** The pool's password policy, as users read it. */
export const PASSWORD_RULES =
  'That password is too weak: use at least 8 characters with upper- and lower-case letters and a number';

/**
 * Mirrors the user pool's policy (serverless.yml, src/local/provision.ts). Cognito enforces it too,
 * but cognito-local does not, so checking here gives the same answer locally and in AWS.
 */
export function meetsPasswordPolicy(password: string): boolean {
  return (
    password.length >= 8 &&
    /[a-z]/.test(password) &&
    /[A-Z]/.test(password) &&
    /[0-9]/.test(password)
  );
}

/** `{username, email, password}` for sign-up. */
export function parseSignUp(body: Body): { username: string; email: string; password: string } {
  const check = checker(body);
  const username = check.field('username');
  const email = check.field('email');
  const password = check.field('password', false);
  if (username && ([...username].length > 128 || !USERNAME.test(username)))
    check.fail('username', USERNAME_RULES, 'invalid_username');
  if (!check.has('email') && !EMAIL.test(email))
    check.fail('email', 'Please enter a valid email address', 'invalid_parameter');
  if (!check.has('password') && !meetsPasswordPolicy(password))
    check.fail('password', PASSWORD_RULES, 'invalid_password');
  check.done();
  return { username, email, password };
}

/** `{username, code}` for confirming a sign-up. */
export function parseConfirm(body: Body): { username: string; code: string } {
  const check = checker(body);
  const input = { username: check.field('username'), code: check.field('code') };
  check.done();
  return input;
}

/** `{refreshToken}` for the API refresh. */
export function parseRefresh(body: Body): string {
  const check = checker(body);
  const token = check.field('refreshToken');
  check.done();
  return token;
}

/** One leading `/` not followed by another `/` or `\\` (which browsers read as a host). */
const SITE_PATH = /^\/(?![/\\])/;

const hasControlCharacter = (value: string): boolean =>
  [...value].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);

/**
 * Where to go after signing in: only a same-site path (one leading `/`, not `//` or `/\`, no scheme,
 * no control characters); anything else is ignored so `next` can never become an open redirect.
 */
export function safeNext(raw: unknown, fallback = '/comments'): string {
  if (typeof raw !== 'string' || raw.length > 2048) return fallback;
  if (!SITE_PATH.test(raw) || raw.includes('\\') || hasControlCharacter(raw)) return fallback;
  const url = new URL(raw, 'http://same.invalid');
  // Check what is returned, not only what came in: the parser folds `/.//x` and `/a/..//x` to `//x`.
  const path = `${url.pathname}${url.search}`;
  return url.origin === 'http://same.invalid' && SITE_PATH.test(path) ? path : fallback;
}
