import { FieldErrors, parseFields } from '../http/api-input';
import { ConfirmBody, CredentialsBody, RefreshBody, SignUpBody } from './auth-fields';

// The rules live with the field schemas; these names stay importable from here (forms, scripts, tests).
export { meetsPasswordPolicy, PASSWORD_RULES, USERNAME_RULES } from './auth-fields';
export { FieldErrors };

type Body = Record<string, unknown> | undefined;

/** `{username, password}` from a form or JSON body; the password is taken as typed. */
export function parseCredentials(body: Body): { username: string; password: string } {
  return parseFields(CredentialsBody, body);
}

/** `{username, email, password}` for sign-up. */
export function parseSignUp(body: Body): { username: string; email: string; password: string } {
  return parseFields(SignUpBody, body);
}

/** `{username, code}` for confirming a sign-up. */
export function parseConfirm(body: Body): { username: string; code: string } {
  return parseFields(ConfirmBody, body);
}

/** `{refreshToken}` for the API refresh. */
export function parseRefresh(body: Body): string {
  return parseFields(RefreshBody, body).refreshToken;
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
