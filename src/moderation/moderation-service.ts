import { isModerator, MODERATORS_GROUP, type AuthUser } from '../auth/auth-user';
import type { Clock } from '../auth/write-check';
import { ForbiddenError, NotFoundError } from '../http/errors';
import type { UserRecords } from '../storage/user-records';
import { activeBan } from '../storage/user-ban';
import { parseBanInput, toBan, type Ban } from './ban';
import type { BansRepository } from './bans-repository';

/** Moderators' bans; every method is moderators only (403 otherwise). */
export interface ModerationService {
  /** Bans by username (any case): 404 unknown user, 403 self or another moderator, 400 bad input. */
  ban(moderator: AuthUser, body: unknown): Promise<Ban>;
  /** Lifts the ban of a username: 404 unknown user; a user who is not banned is no error. */
  unban(moderator: AuthUser, username: string): Promise<void>;
  /** The bans in force, newest first. */
  listBans(moderator: AuthUser): Promise<Ban[]>;
}

/** What the moderation service needs. */
export interface ModerationDeps {
  bans: BansRepository;
  users: Pick<UserRecords, 'get'>;
  now: Clock;
}

const DAY = 86400;

function requireModerator(user: AuthUser): void {
  if (!isModerator(user)) throw new ForbiddenError('Only moderators can manage bans');
}

/** Builds the moderation service. */
export function createModerationService(deps: ModerationDeps): ModerationService {
  const { bans, users, now } = deps;
  const target = async (username: string) => {
    const sub = await bans.subOf(username);
    const record = sub === undefined ? undefined : await users.get(sub);
    if (!sub || !record?.username)
      throw new NotFoundError(`No user named ${username}`, 'user_not_found');
    return { sub, record };
  };
  return {
    async ban(moderator, body) {
      requireModerator(moderator);
      const input = parseBanInput(body);
      const { sub, record } = await target(input.username);
      if (sub === moderator.sub)
        throw new ForbiddenError('You cannot ban yourself', 'cannot_ban_self');
      // Groups as of the target's last sign-in: the record is what the app knows without Cognito.
      if (record.groups.includes(MODERATORS_GROUP))
        throw new ForbiddenError('Moderators cannot be banned', 'cannot_ban_moderator');
      const createdAt = now();
      const ban = {
        reason: input.reason,
        bannedBy: moderator.username,
        createdAt,
        endsAt: input.days === undefined ? null : createdAt + input.days * DAY,
      };
      if (!(await bans.place({ sub, username: record.username, ban })))
        throw new NotFoundError(`No user named ${input.username}`, 'user_not_found');
      return toBan(record.username, ban);
    },
    async unban(moderator, username) {
      requireModerator(moderator);
      const { sub } = await target(username);
      await bans.lift(sub);
    },
    async listBans(moderator) {
      requireModerator(moderator);
      const at = now();
      const entries = await bans.list();
      return entries
        .filter((entry) => activeBan(entry.ban, at))
        .sort((a, b) => b.ban.createdAt - a.ban.createdAt)
        .map((entry) => toBan(entry.username, entry.ban));
    },
  };
}
