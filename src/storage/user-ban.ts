import { ForbiddenError } from '../http/errors';
import type { Item } from './dynamo-table';

/** A ban as the user record carries it (epoch seconds); `endsAt` null for a permanent ban. */
export interface StoredBan {
  reason: string;
  /** The moderator's username. */
  bannedBy: string;
  createdAt: number;
  endsAt: number | null;
}

/** Reads the record's `ban` map back; undefined when there is none (or it is malformed). */
export function toStoredBan(value: unknown): StoredBan | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const ban = value as Item;
  if (typeof ban.createdAt !== 'number') return undefined;
  return {
    reason: String(ban.reason ?? ''),
    bannedBy: String(ban.bannedBy ?? ''),
    createdAt: ban.createdAt,
    endsAt: typeof ban.endsAt === 'number' ? ban.endsAt : null,
  };
}

/** The ban still in force at `now` (epoch seconds): expiry is decided here, never by TTL. */
export function activeBan(ban: StoredBan | undefined, now: number): StoredBan | undefined {
  if (!ban) return undefined;
  return ban.endsAt === null || ban.endsAt > now ? ban : undefined;
}

/** 403 `banned`: the user may read but change nothing until the ban ends. */
export class BannedError extends ForbiddenError {
  constructor(readonly ban: StoredBan) {
    const until = ban.endsAt === null ? undefined : new Date(ban.endsAt * 1000).toISOString();
    super(
      until ? `This account is banned until ${until}` : 'This account is banned permanently',
      'banned',
      {
        pageMessage: until
          ? `Your account is banned until ${until.slice(0, 16).replace('T', ' ')} UTC. You can read, but not post or change anything until then.`
          : 'Your account is banned. You can read, but not post or change anything.',
      },
    );
  }
}
