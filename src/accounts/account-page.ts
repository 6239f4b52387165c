import type { Request, Response } from 'express';
import { FieldErrors, PASSWORD_RULES } from '../auth/auth-input';
import { MODERATORS_GROUP } from '../auth/auth-user';
import { relativeTime, utcTitle } from '../http/relative-time';
import type { AppError } from '../http/errors';
import { csrfToken } from '../http/csrf';
import type { AccountHolder, AccountOverview, MyAccountService } from './my-account-service';

/** The longest excerpt of a comment the account page shows. */
const EXCERPT = 140;

/** Cognito group names as people read them. */
const GROUP_WORDS: Record<string, string> = { [MODERATORS_GROUP]: 'Moderator' };

/** The change-password form's state after a failed attempt: problems by field and for the form. */
export interface PasswordFormState {
  status: number;
  fieldErrors: Record<string, string>;
  formError?: string;
  headers?: Record<string, string>;
}

/** Which field a refused change is about; the rest is said above the form. */
const FIELD_OF_CODE: Record<string, string> = {
  invalid_credentials: 'currentPassword',
  invalid_password: 'newPassword',
};

/** How a failed change is shown: every field problem next to its field. */
export function passwordFormState(error: AppError): PasswordFormState {
  const base = { status: error.status, headers: error.headers };
  if (error instanceof FieldErrors) {
    const count = Object.keys(error.fields).length;
    const formError =
      count === 1
        ? 'Please correct the marked field.'
        : `Please correct the ${count} marked fields.`;
    return { ...base, fieldErrors: error.fields as Record<string, string>, formError };
  }
  const field = FIELD_OF_CODE[error.code];
  if (field)
    return {
      ...base,
      fieldErrors: { [field]: error.code === 'invalid_password' ? PASSWORD_RULES : error.message },
    };
  const formError =
    error.status === 429
      ? 'Too many attempts: please wait a few minutes before trying again. Your password was not changed.'
      : 'Your password could not be changed right now. Please try again in a moment.';
  return { ...base, fieldErrors: {}, formError };
}

/** "25 November 2026" (UTC). */
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(iso));

/** The page's view model: plain words and dates, never records or API field names. */
export function accountView(overview: AccountOverview, now = Date.now()) {
  const groups = overview.user.groups.map((group) => GROUP_WORDS[group] ?? group);
  return {
    username: overview.user.username,
    email: overview.email,
    groups: groups.length ? groups.join(', ') : 'Member',
    memberSince: overview.createdAt && {
      iso: overview.createdAt,
      text: longDate(overview.createdAt),
    },
    comments: overview.recentComments.map((comment) => ({
      id: comment.id,
      createdAt: comment.createdAt,
      ago: relativeTime(comment.createdAt, now),
      utc: utcTitle(comment.createdAt),
      excerpt:
        comment.text.length > EXCERPT
          ? `${comment.text.slice(0, EXCERPT).trimEnd()}…`
          : comment.text,
      status:
        comment.hiddenReason === 'hidden'
          ? 'hidden by a moderator'
          : comment.hiddenReason === 'deleted'
            ? 'deleted by you'
            : undefined,
    })),
  };
}

/** Renders /account for the holder; `form` carries a failed password change. */
export async function renderAccountPage(
  account: MyAccountService,
  holder: AccountHolder,
  req: Request,
  res: Response,
  options: { notice?: string; form?: PasswordFormState } = {},
): Promise<void> {
  const overview = await account.overview(holder);
  const form = options.form ?? { status: 200, fieldErrors: {} };
  res
    .status(form.status)
    .set(form.headers ?? {})
    .set('Cache-Control', 'private, no-store');
  res.render('accounts/account', {
    title: 'Your account',
    account: accountView(overview),
    notice: options.notice,
    formError: form.formError,
    fieldErrors: form.fieldErrors,
    csrfToken: csrfToken(req, res),
  });
}
