import { MAX_BAN_DAYS, MAX_BAN_REASON, type BanInput } from './ban';

/** The ban form's fields as typed. */
export interface BanFormValues {
  username: string;
  reason: string;
  days: string;
}

/** The ban form's fields from a urlencoded body (missing ones empty). */
export function banFormValues(body: unknown): BanFormValues {
  const form = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const text = (name: string) => (typeof form[name] === 'string' ? form[name] : '');
  return { username: text('username'), reason: text('reason'), days: text('days') };
}

/** Every problem of the form at once, in words, by field; the input when there is none. */
export function checkBanForm(values: BanFormValues): {
  errors: Partial<Record<keyof BanFormValues, string>>;
  input?: BanInput;
} {
  const errors: Partial<Record<keyof BanFormValues, string>> = {};
  const username = values.username.trim();
  const reason = values.reason.trim();
  const days = values.days.trim();
  if (!username || username.length > 128) errors.username = 'Enter the username to ban.';
  if (!reason) errors.reason = 'Say why: the user sees nothing of it, the other moderators do.';
  else if ([...reason].length > MAX_BAN_REASON)
    errors.reason = `Please shorten the reason to ${MAX_BAN_REASON} characters or fewer.`;
  const n = Number(days);
  if (days && !(/^\d+$/.test(days) && n >= 1 && n <= MAX_BAN_DAYS))
    errors.days = `Enter a whole number of days from 1 to ${MAX_BAN_DAYS}, or leave it empty for a permanent ban.`;
  if (Object.keys(errors).length > 0) return { errors };
  return { errors, input: { username, reason, ...(days ? { days: n } : {}) } };
}
