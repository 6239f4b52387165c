import type { NewestEntry } from '../boards/board-newest';
import type { CommentRecord } from '../comments/comment';
import { locationOf, toCommentRecord } from '../comments/comment-items';
import type { TableAccess } from '../storage/dynamo-table';

/** Reads the comments a board's newest-ids list names. */
export interface LiveRepository {
  /**
   * The visible items of `entries` on board `slug`, in one strongly consistent BatchGetItem (up to
   * 100 keys): a hidden or erased one is simply absent, a deleted placeholder is left out.
   */
  visibleOf(slug: string, entries: NewestEntry[]): Promise<CommentRecord[]>;
}

/** Builds the repository over the one table. */
export function createLiveRepository(table: TableAccess): LiveRepository {
  return {
    async visibleOf(slug, entries) {
      if (entries.length === 0) return [];
      const keys = entries.map((entry) => locationOf(slug, entry.id, entry.parentId).visible);
      const records = (await table.batchGet(keys)).map(toCommentRecord);
      return records
        .filter((record) => !record.deleted)
        .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
    },
  };
}
