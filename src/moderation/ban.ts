import * as z from 'zod';
import { parseFields } from '../http/api-input';
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

const USERNAME_RULE = 'username must be 1-128 characters';
const REASON_RULE = `reason must be 1-${MAX_BAN_REASON} characters`;
const DAYS_RULE = `days must be a whole number from 1 to ${MAX_BAN_DAYS}, or absent`;

/** What a moderator sends to ban someone; one 400 `validation_error` names every problem. */
export const BanBody = z.object({
  username: z
    .string({ error: USERNAME_RULE })
    .trim()
    .min(1, { error: USERNAME_RULE, abort: true })
    .max(128, { error: USERNAME_RULE })
    .meta({ description: 'Any case', example: 'spammer' }),
  reason: z
    .string({ error: REASON_RULE })
    .trim()
    .refine((reason) => reason.length > 0 && [...reason].length <= MAX_BAN_REASON, REASON_RULE)
    .meta({ override: { minLength: 1, maxLength: MAX_BAN_REASON }, example: 'Spam' }),
  days: z
    .number({ error: DAYS_RULE })
    .int({ error: DAYS_RULE })
    .min(1, { error: DAYS_RULE })
    .max(MAX_BAN_DAYS, { error: DAYS_RULE })
    .nullish()
    .meta({ description: 'Whole days from now; absent or null for a permanent ban', example: 7 }),
});

/** Checks a ban request's body, naming every problem in one 400. */
export function parseBanInput(body: unknown): BanInput {
  const { username, reason, days } = parseFields(BanBody, body);
  return { username, reason, ...(typeof days === 'number' ? { days } : {}) };
}
