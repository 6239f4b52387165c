import { parseFields } from '../http/api-input';
import {
  ChangePasswordBody,
  DeleteAccountBody,
  ForgotBody,
  NewPasswordBody,
  ResetBody,
} from './accounts-schemas';

type Body = Record<string, unknown> | undefined;

/** `{username}` for asking for a reset code. */
export function parseForgot(body: Body): { username: string } {
  return parseFields(ForgotBody, body);
}

/** `{username, code, newPassword}` for a reset; the new password is checked against the policy first. */
export function parseReset(body: Body): { username: string; code: string; newPassword: string } {
  return parseFields(ResetBody, body);
}

/** `{username, session, newPassword}` for the first sign-in with a temporary password. */
export function parseNewPassword(body: Body): {
  username: string;
  session: string;
  newPassword: string;
} {
  return parseFields(NewPasswordBody, body);
}

/** `{currentPassword, newPassword}` for a change; both taken as typed, the new one checked against the policy. */
export function parseChangePassword(body: Body): { currentPassword: string; newPassword: string } {
  return parseFields(ChangePasswordBody, body);
}

/** `{password}` confirming an account deletion; taken as typed. */
export function parseDeleteAccount(body: Body): { password: string } {
  return parseFields(DeleteAccountBody, body);
}
