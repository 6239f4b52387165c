import type { Request, Response } from 'express';
import { csrfToken } from '../http/csrf';
import type { AppError } from '../http/errors';
import { FieldErrors } from './auth-input';

/** The server-rendered auth pages (views/auth/*.ejs, and the account forms in views/accounts/). */
export type AuthPage =
  | 'login'
  | 'signup'
  | 'confirm'
  | 'resume'
  | 'forgot'
  | 'reset'
  | 'new-password'
  | 'delete-account';
type Values = Record<string, string>;

/** The longest draft a sign-in page carries back (a comment is at most 2,000 characters). */
export const DRAFT_MAX = 20000;

const TITLES: Record<AuthPage, string> = {
  login: 'Sign in',
  signup: 'Create an account',
  confirm: 'Confirm your account',
  resume: 'Your comment is not posted yet',
  forgot: 'Reset your password',
  reset: 'Reset your password with the code',
  'new-password': 'Choose a new password',
  'delete-account': 'Delete your account',
};
/** Pages whose template is not `views/auth/<page>.ejs`. */
const VIEWS: Partial<Record<AuthPage, string>> = { 'delete-account': 'accounts/delete-account' };
/** Inputs in page order: the first one with a problem gets the focus (autofocus, no JS needed). */
const FIELD_ORDER: Record<AuthPage, string[]> = {
  login: ['username', 'password'],
  signup: ['username', 'email', 'password'],
  confirm: ['username', 'code'],
  resume: ['text'],
  forgot: ['username'],
  reset: ['username', 'code', 'newPassword'],
  'new-password': ['newPassword'],
  'delete-account': ['password'],
};
/** Which input a Cognito answer is about, so the page can mark it next to the form's message. */
const ERROR_FIELDS: Record<string, string> = {
  invalid_credentials: 'password',
  invalid_password: 'password',
  invalid_username: 'username',
  username_exists: 'username',
  code_mismatch: 'code',
  expired_code: 'code',
};
/** Pages whose password input is the new one. */
const NEW_PASSWORD_PAGES = new Set<AuthPage>(['reset', 'new-password']);

/** What an auth page shows besides its form: kept values, problems, a notice. */
export interface AuthPageView {
  values?: Values;
  /** A message next to each field that has one (every problem of the form at once). */
  fieldErrors?: Record<string, string>;
  /** Fields marked invalid whose message is the form's own (`error`), such as a wrong password. */
  markedFields?: string[];
  error?: string;
  errorCode?: string;
  notice?: string;
  local?: boolean;
  /** The local mail page (`/_local/mail`) is on: code pages link it. */
  mailbox?: boolean;
}

/** How a failed form action is shown: each field's problem next to it, or one message for the form. */
export function errorView(error: AppError, page?: AuthPage): AuthPageView {
  if (error instanceof FieldErrors) {
    const count = Object.keys(error.fields).length;
    return {
      fieldErrors: error.fields,
      error:
        count === 1
          ? 'Please correct the marked field.'
          : `Please correct the ${count} marked fields.`,
      errorCode: error.code,
    };
  }
  const named = ERROR_FIELDS[error.code];
  const field =
    named === 'password' && page && NEW_PASSWORD_PAGES.has(page) ? 'newPassword' : named;
  // A page speaks to people: an error's page words (if it has any) over its API message.
  const message = error.pageMessage ?? error.message;
  return { markedFields: field ? [field] : [], error: message, errorCode: error.code };
}

/**
 * The attributes tying an input to its hint and problem: `aria-describedby`, `aria-invalid` and
 * `autofocus` on the first field with a problem. Ids only, so the view may print them unescaped.
 */
function fieldAttributes(page: AuthPage, view: AuthPageView) {
  const messages = view.fieldErrors ?? {};
  const marked = new Set([...Object.keys(messages), ...(view.markedFields ?? [])]);
  const first = FIELD_ORDER[page].find((name) => marked.has(name));
  return (name: string, hint?: string): string => {
    const problem = messages[name] ? `${name}-error` : marked.has(name) ? 'form-error' : '';
    const describedBy = [hint, problem].filter(Boolean).join(' ');
    return [
      describedBy && `aria-describedby="${describedBy}"`,
      marked.has(name) && 'aria-invalid="true"',
      name === first && 'autofocus',
    ]
      .filter(Boolean)
      .join(' ');
  };
}

/** Renders an auth page with its CSRF token; never cached (it carries the token and typed input). */
export function renderAuthPage(
  req: Request,
  res: Response,
  page: AuthPage,
  view: AuthPageView = {},
): void {
  res.set('Cache-Control', 'no-store');
  res.render(VIEWS[page] ?? `auth/${page}`, {
    title: TITLES[page],
    values: view.values ?? {},
    fieldErrors: view.fieldErrors ?? {},
    field: fieldAttributes(page, view),
    csrfToken: csrfToken(req, res),
    error: view.error,
    errorCode: view.errorCode,
    notice: view.notice,
    local: view.local ?? false,
    mailbox: view.mailbox ?? false,
  });
}
