import { ValidationError } from '../http/errors';

type Body = Record<string, unknown> | undefined;

const LIMITS = { username: 128, password: 256, email: 254, code: 16, refreshToken: 8192 };
const LABELS: Record<keyof typeof LIMITS, string> = {
  username: 'a username',
  password: 'a password',
  email: 'an email address',
  code: 'the confirmation code',
  refreshToken: 'a refresh token',
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function field(body: Body, name: keyof typeof LIMITS, trim = true): string {
  const raw = body?.[name];
  const value = typeof raw === 'string' ? (trim ? raw.trim() : raw) : '';
  if (!value) throw new ValidationError(`Please enter ${LABELS[name]}`, 'validation_error');
  if (value.length > LIMITS[name])
    throw new ValidationError(`That ${name} is too long`, 'validation_error');
  return value;
}

/** `{username, password}` from a form or JSON body; the password is taken as typed. */
export function parseCredentials(body: Body): { username: string; password: string } {
  return { username: field(body, 'username'), password: field(body, 'password', false) };
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
  const username = field(body, 'username');
  const email = field(body, 'email');
  if (!EMAIL.test(email))
    throw new ValidationError('Please enter a valid email address', 'invalid_parameter');
  const password = field(body, 'password', false);
  if (!meetsPasswordPolicy(password)) throw new ValidationError(PASSWORD_RULES, 'invalid_password');
  return { username, email, password };
}

/** `{username, code}` for confirming a sign-up. */
export function parseConfirm(body: Body): { username: string; code: string } {
  return { username: field(body, 'username'), code: field(body, 'code') };
}

/** `{refreshToken}` for the API refresh. */
export function parseRefresh(body: Body): string {
  return field(body, 'refreshToken');
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
