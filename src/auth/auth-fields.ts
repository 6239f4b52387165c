import * as z from 'zod';
import { coded } from '../http/api-input';

const LABELS = {
  username: 'a username',
  password: 'a password',
  currentPassword: 'your current password',
  newPassword: 'a new password',
  email: 'an email address',
  code: 'the code',
  refreshToken: 'a refresh token',
  session: 'the sign-in session',
};

/**
 * A required text field of the auth forms and JSON bodies: "Please enter …" when missing or blank,
 * "That … is too long" past `max` UTF-16 units. Passwords are taken as typed (`trim: false`).
 */
export function authField(name: keyof typeof LABELS, max: number, trim = true) {
  const missing = `Please enter ${LABELS[name]}`;
  const text = z.string({ error: missing });
  return (trim ? text.trim() : text)
    .min(1, { error: missing, abort: true })
    .max(max, { error: `That ${name} is too long`, abort: true });
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

/** A new password: present, then the pool's policy (`invalid_password`). */
export const newPasswordField = (name: 'password' | 'newPassword') =>
  authField(name, 256, false)
    .refine(meetsPasswordPolicy, coded('invalid_password', PASSWORD_RULES))
    .meta({
      description: '8+ characters with upper- and lower-case letters and a number',
      example: 'Str0ng-Passw0rd',
    });

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

const missingUsername = `Please enter ${LABELS.username}`;
/** A new username: Cognito's rule (`invalid_username`) is checked before the UTF-16 length. */
const newUsername = z
  .string({ error: missingUsername })
  .trim()
  .min(1, { error: missingUsername, abort: true })
  .refine(
    (name) => [...name].length <= 128 && USERNAME.test(name),
    coded('invalid_username', USERNAME_RULES),
  )
  .max(128, { error: 'That username is too long', abort: true })
  .meta({ override: { pattern: USERNAME.source }, example: 'alice' });

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** `POST /api/auth/login` and the sign-in form. */
export const CredentialsBody = z.object({
  username: authField('username', 128).meta({ example: 'demo' }),
  password: authField('password', 256, false).meta({ example: 'Demo-Passw0rd!' }),
});

/** `POST /api/auth/signup` and the sign-up form. */
export const SignUpBody = z.object({
  username: newUsername,
  email: authField('email', 254)
    .refine(
      (email) => EMAIL.test(email),
      coded('invalid_parameter', 'Please enter a valid email address'),
    )
    .meta({ override: { format: 'email' }, example: 'alice@example.com' }),
  password: newPasswordField('password'),
});

/** `POST /api/auth/confirm` and the confirm form. */
export const ConfirmBody = z.object({
  username: authField('username', 128),
  code: authField('code', 16).meta({ example: '123456' }),
});

/** `POST /api/auth/refresh` and `POST /api/auth/logout`. */
export const RefreshBody = z.object({ refreshToken: authField('refreshToken', 8192) });
