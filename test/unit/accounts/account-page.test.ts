import { accountView, passwordFormState } from '../../../src/accounts/account-page';
import { FieldErrors, PASSWORD_RULES } from '../../../src/auth/auth-input';
import { cognitoAppError } from '../../../src/auth/cognito-errors';
import { ServiceUnavailableError, TooManyRequestsError } from '../../../src/http/errors';

const comment = (text: string, hiddenReason?: 'hidden' | 'deleted') => ({
  id: '01JD0000000000000000000000',
  board: 'main',
  parentId: null,
  userId: 'sub-1',
  username: 'ann',
  text,
  html: '',
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
  editedAt: null,
  replyCount: 0,
  deleted: false,
  likes: 0,
  likedByMe: false,
  ...(hiddenReason ? { hiddenReason } : {}),
});

describe('passwordFormState', () => {
  it('when several fields are wrong, then each keeps its own message and the form counts them', () => {
    const state = passwordFormState(
      new FieldErrors({ currentPassword: 'a', newPassword: 'b' }, 'validation_error'),
    );

    expect(state).toMatchObject({
      status: 400,
      fieldErrors: { currentPassword: 'a', newPassword: 'b' },
      formError: 'Please correct the 2 marked fields.',
    });
  });

  it('when Cognito refuses the current password, then the message sits next to that field', () => {
    const refused = Object.assign(new Error('x'), { code: 'InvalidPasswordException' });

    const state = passwordFormState(cognitoAppError(refused, 'currentPassword'));

    expect(state.status).toBe(401);
    expect(state.fieldErrors).toEqual({ currentPassword: 'Your current password is not right' });
  });

  it('when Cognito refuses the new password, then the rule sits next to it', () => {
    const refused = Object.assign(new Error('x'), { code: 'InvalidPasswordException' });

    const state = passwordFormState(cognitoAppError(refused, 'changePassword'));

    expect(state.fieldErrors).toEqual({ newPassword: PASSWORD_RULES });
  });

  it('when Cognito locks the account, then the form says to wait, in words, with no field marked', () => {
    const state = passwordFormState(new TooManyRequestsError('Too many'));

    expect(state.status).toBe(429);
    expect(state.fieldErrors).toEqual({});
    expect(state.formError).toMatch(/wait a few minutes.*not changed/);
  });

  it('when Cognito is down, then 503 with its Retry-After and a sentence for people', () => {
    const state = passwordFormState(new ServiceUnavailableError('down', { retryAfterSeconds: 5 }));

    expect(state.status).toBe(503);
    expect(state.headers).toEqual({ 'Retry-After': '5' });
    expect(state.formError).toMatch(/could not be changed right now/);
  });
});

describe('accountView', () => {
  const user = { sub: 'sub-1', username: 'ann', groups: ['moderators'] };

  it('when the user is a moderator with a record, then groups are words and the date is long', () => {
    const view = accountView({ user, createdAt: '2026-03-04T23:30:00.000Z', recentComments: [] });

    expect(view.groups).toBe('Moderator');
    expect(view.memberSince).toEqual({ iso: '2026-03-04T23:30:00.000Z', text: '4 March 2026' });
  });

  it('when the user is in no group and has no record yet, then "Member" and no date', () => {
    const view = accountView({ user: { ...user, groups: [] }, recentComments: [] });

    expect(view.groups).toBe('Member');
    expect(view.memberSince).toBeUndefined();
  });

  it('when comments are long or not listed, then they are cut to an excerpt and say why', () => {
    const view = accountView({
      user,
      recentComments: [
        comment('y'.repeat(300)),
        comment('hid', 'hidden'),
        comment('gone', 'deleted'),
      ],
    });

    expect(view.comments[0].excerpt).toBe(`${'y'.repeat(140)}…`);
    expect(view.comments.map((c) => c.status)).toEqual([
      undefined,
      'hidden by a moderator',
      'deleted by you',
    ]);
  });
});
