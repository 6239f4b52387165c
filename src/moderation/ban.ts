import { ValidationError } from '../http/errors';
import type { StoredBan } from '../storage/user-ban';

/** A ban as the API shows it; `endsAt` null for a permanent ban. */
export interface Ban {
  username: string;
  reason: string;
  bannedBy: string;
  createdAt: string;
  endsAt: string | null;
}

/** What a moderator sends to ban someone. */
export interface BanInput {
  username: string;
  reason: string;
  /** Whole days from now; absent for a permanent ban. */
  days?: number;
}

/** Longest reason kept (characters). */
export const MAX_BAN_REASON = 500;
/** Longest temporary ban: ten years; longer is what a permanent ban is for. */
export const MAX_BAN_DAYS = 3650;

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/** The API's Ban of a stored one. */
export function toBan(username: string, ban: StoredBan): Ban {
  return {
    username,
    reason: ban.reason,
    bannedBy: ban.bannedBy,
    createdAt: iso(ban.createdAt),
    endsAt: ban.endsAt === null ? null : iso(ban.endsAt),
  };
}

/** Checks a ban request's body, naming every problem in one 400. */
export function parseBanInput(body: unknown): BanInput {
  const input = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const problems: string[] = [];
  const username = typeof input.username === 'string' ? input.username.trim() : '';
  if (!username || username.length > 128) problems.push('username must be 1-128 characters');
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (!reason || [...reason].length > MAX_BAN_REASON)
    problems.push(`reason must be 1-${MAX_BAN_REASON} characters`);
  const days = input.days;
  const daysOk =
    days === undefined ||
    days === null ||
    (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_BAN_DAYS);
  if (!daysOk) problems.push(`days must be a whole number from 1 to ${MAX_BAN_DAYS}, or absent`);
  if (problems.length > 0) throw new ValidationError(problems.join('; '));
  return { username, reason, ...(typeof days === 'number' ? { days } : {}) };
}
