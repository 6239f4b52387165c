/**
 * One-time notices shown on the page after a redirect (`?notice=<key>`): the key travels in the
 * URL, the words stay on the server, so a crafted link can only pick one of these sentences.
 */
export const PAGE_NOTICES = {
  'signed-in': 'You are signed in.',
  'signed-out': 'You are signed out.',
  'signed-out-here-only':
    'You are signed out: this site will not accept your session again. The sign-in service could not be reached to cancel it there as well.',
  'comment-deleted': 'Comment deleted.',
  'comment-already-deleted': 'That comment had already been deleted.',
  'comment-reported': 'Thank you. Your report was sent to the moderators.',
  'comment-hidden': 'The comment is hidden and has left the queue.',
  'report-dismissed': 'The reports were dismissed: the comment stays up and has left the queue.',
  'user-banned':
    'The user is banned: they can read, but not post or change anything until the ban ends.',
  'user-unbanned': 'The ban was lifted.',
  confirmed: 'Your account is confirmed, please sign in.',
  'session-ended':
    'Your session has ended, so your comment was not posted yet. Sign in and it will be waiting for you.',
  'reset-code-sent':
    'If an account with that username exists, we have emailed it a code. Enter it below with your new password.',
  'password-reset': 'Your password was changed. Please sign in.',
  'password-changed': 'Your password was changed.',
  'account-deleted': 'Your account was deleted.',
  'draft-kept': 'You are signed in. Your comment has not been posted yet: check it and post it.',
} as const;

/** A notice the pages know. */
export type NoticeKey = keyof typeof PAGE_NOTICES;

/** The sentence for a `notice` query value, or undefined for anything not in the list. */
export function noticeText(value: unknown): string | undefined {
  return typeof value === 'string' && Object.hasOwn(PAGE_NOTICES, value)
    ? PAGE_NOTICES[value as NoticeKey]
    : undefined;
}

/** Appends `notice=<key>` to a site path (keeping its query string). */
export function withNotice(path: string, key: NoticeKey): string {
  return `${path}${path.includes('?') ? '&' : '?'}notice=${key}`;
}
