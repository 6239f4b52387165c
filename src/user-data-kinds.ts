import { createBoardsRepository } from './boards/boards-repository';
import { createCommentsErasure } from './comments/comments-erasure';
import { createCommentsRepository } from './comments/comments-repository';
import { createIdempotencyStore } from './comments/idempotency-store';
import { createBansRepository } from './moderation/bans-repository';
import { createModerationErasure } from './moderation/moderation-erasure';
import { createReportsErasure } from './moderation/reports-erasure';
import { createReportsRepository } from './moderation/reports-repository';
import type { TableAccess } from './storage/dynamo-table';
import type { UserDataKind } from './storage/user-data';

/**
 * Every kind of item a user owns in the table, for account erasure (the app and `npm run
 * user:erase` use this one list); a feature that stores per-user items adds its kinds here.
 */
export function createUserDataKinds(table: TableAccess): UserDataKind[] {
  return [
    ...createCommentsErasure(
      createCommentsRepository(table),
      createBoardsRepository(table),
      createIdempotencyStore(table),
    ),
    ...createModerationErasure(table, createBansRepository(table)),
    createReportsErasure(createReportsRepository(table)),
  ];
}
