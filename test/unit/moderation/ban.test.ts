import { parseBanInput, toBan } from '../../../src/moderation/ban';
import { activeBan } from '../../../src/storage/user-ban';
import { ValidationError } from '../../../src/http/errors';

describe('parseBanInput', () => {
  it('when username and reason are given with spaces, then they come back trimmed and permanent', () => {
    expect(parseBanInput({ username: ' Bob ', reason: ' spam ' })).toEqual({
      username: 'Bob',
      reason: 'spam',
    });
  });

  it('when days is a whole number in range, then it is kept', () => {
    expect(parseBanInput({ username: 'bob', reason: 'spam', days: 7 }).days).toBe(7);
  });

  it.each([0, -1, 1.5, '3', 3651])('when days is %p, then it is a 400 naming days', (days) => {
    expect(() => parseBanInput({ username: 'bob', reason: 'spam', days })).toThrow(/days/);
  });

  it('when everything is missing, then one 400 names username and reason', () => {
    let error: unknown;
    try {
      parseBanInput(undefined);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/username.*reason/);
  });

  it('when the reason has 501 characters, then it is a 400', () => {
    expect(() => parseBanInput({ username: 'bob', reason: 'x'.repeat(501) })).toThrow(/reason/);
  });
});

describe('toBan and activeBan', () => {
  const ban = { reason: 'spam', bannedBy: 'mod', createdAt: 1_000_000, endsAt: 1_086_400 };

  it('when a ban is shown, then times are ISO strings and a permanent end is null', () => {
    expect(toBan('bob', ban)).toEqual({
      username: 'bob',
      reason: 'spam',
      bannedBy: 'mod',
      createdAt: new Date(1_000_000_000).toISOString(),
      endsAt: new Date(1_086_400_000).toISOString(),
    });
    expect(toBan('bob', { ...ban, endsAt: null }).endsAt).toBeNull();
  });

  it('when the clock reaches the end, then the ban is no longer active; before it, it is', () => {
    expect(activeBan(ban, ban.endsAt - 1)).toBe(ban);
    expect(activeBan(ban, ban.endsAt)).toBeUndefined();
    expect(activeBan({ ...ban, endsAt: null }, Number.MAX_SAFE_INTEGER)).toBeDefined();
  });
});
