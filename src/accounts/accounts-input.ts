import { checker, meetsPasswordPolicy, PASSWORD_RULES } from '../auth/auth-input';

type Body = Record<string, unknown> | undefined;

/** `{username}` for asking for a reset code. */
export function parseForgot(body: Body): { username: string } {
  const check = checker(body);
  const username = check.field('username');
  check.done();
  return { username };
}

/** `{username, code, newPassword}` for a reset; the new password is checked against the policy first. */
export function parseReset(body: Body): { username: string; code: string; newPassword: string } {
  const check = checker(body);
  const username = check.field('username');
  const code = check.field('code');
  const newPassword = check.field('newPassword', false);
  if (!check.has('newPassword') && !meetsPasswordPolicy(newPassword))
    check.fail('newPassword', PASSWORD_RULES, 'invalid_password');
  check.done();
  return { username, code, newPassword };
}

/** `{username, session, newPassword}` for the first sign-in with a temporary password. */
export function parseNewPassword(body: Body): {
  username: string;
  session: string;
  newPassword: string;
} {
  const check = checker(body);
  const username = check.field('username');
  const session = check.field('session');
  const newPassword = check.field('newPassword', false);
  if (!check.has('newPassword') && !meetsPasswordPolicy(newPassword))
    check.fail('newPassword', PASSWORD_RULES, 'invalid_password');
  check.done();
  return { username, session, newPassword };
}

/** `{currentPassword, newPassword}` for a change; both taken as typed, the new one checked against the policy. */
export function parseChangePassword(body: Body): { currentPassword: string; newPassword: string } {
  const check = checker(body);
  const currentPassword = check.field('currentPassword', false);
  const newPassword = check.field('newPassword', false);
  if (!check.has('newPassword') && !meetsPasswordPolicy(newPassword))
    check.fail('newPassword', PASSWORD_RULES, 'invalid_password');
  check.done();
  return { currentPassword, newPassword };
}

/** `{password}` confirming an account deletion; taken as typed. */
export function parseDeleteAccount(body: Body): { password: string } {
  const check = checker(body);
  const password = check.field('password', false);
  check.done();
  return { password };
}
